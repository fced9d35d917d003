/**
 * The case workflow (<i>traject</i>): the events of one client's journey from referral to closure, the
 * pure state machine that decides what each event means, and the mapping of every state to an HL7 FHIR
 * {@code Task.status} plus a WoR business status.
 */
@WorStyle
package org.openwor.core.workflow;

import org.openwor.core.internal.WorStyle;
