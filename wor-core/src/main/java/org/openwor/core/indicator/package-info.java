/**
 * Monitoring indicators (seed 003: how many referrals, how often they succeed, the effect on GP visits;
 * seed 004: monitoring and evaluation in the quality model): a mergeable, exact, streaming accumulator,
 * and small-cell suppression for publication.
 */
@WorStyle
package org.openwor.core.indicator;

import org.openwor.core.internal.WorStyle;
