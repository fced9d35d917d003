/**
 * The shared value types of Welzijn op Recept: the referral (<i>verwijzing</i>, <i>welzijnsrecept</i>)
 * that a primary care professional records in <i>het andere gesprek</i> and sends to the wellbeing
 * coach (<i>welzijnscoach</i>), with the client, the referrer and the signals it rests on.
 *
 * <p>Every value type here is immutable and thread-safe. Structural invariants fail at construction
 * with an {@link org.openwor.core.InvalidValueException} that names the field and the rule and never
 * echoes a personal value.
 */
@WorStyle
package org.openwor.core;

import org.openwor.core.internal.WorStyle;
