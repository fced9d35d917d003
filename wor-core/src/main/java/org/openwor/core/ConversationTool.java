package org.openwor.core;

/**
 * The tool the referrer used in <i>het andere gesprek</i>, the conversation about health and functioning
 * rather than disease (seeds 003 and 004): the Positive Health spider web or the four-domain model.
 *
 * <p>A referral without a tool simply has none ({@link Referral#conversationTool()} is empty).
 */
public sealed interface ConversationTool permits PositiveHealthSpiderWeb, FourDomainAssessment {}
