/**
 * Eligibility (<i>indicatiestelling</i>): whether Welzijn op Recept fits a referral, under an
 * {@link org.openwor.core.eligibility.EligibilityPolicy}, with every reason that applies when it
 * does not.
 */
@WorStyle
package org.openwor.core.eligibility;

import org.openwor.core.internal.WorStyle;
