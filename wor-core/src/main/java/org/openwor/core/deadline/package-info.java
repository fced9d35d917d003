/**
 * Deadlines (<i>termijnen</i>) of Welzijn op Recept, such as the coach's first contact within two weeks
 * of the referral (seed 004), counted in calendar days, in working days (<i>werkdagen</i>) or by the
 * rule of the General Time Limits Act (<i>Algemene termijnenwet</i>).
 *
 * <p>A {@link org.openwor.core.deadline.Term} computes a due date from an anchor date and a
 * {@link org.openwor.core.deadline.HolidayCalendar}. The library ships the Dutch public holidays
 * (<i>feestdagen</i>) as {@link org.openwor.core.deadline.DutchHolidayCalendar}, with the choices that
 * differ between employers as options; vendors can plug in a calendar of their own. Nothing here reads
 * a clock: every date comes in as an argument.
 */
@WorStyle
package org.openwor.core.deadline;

import org.openwor.core.internal.WorStyle;
