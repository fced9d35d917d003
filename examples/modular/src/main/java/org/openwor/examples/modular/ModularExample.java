package org.openwor.examples.modular;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import org.openwor.core.Referral;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.core.eligibility.EligibilityPolicy;

/**
 * What an application module does with OpenWoR: it finds the JSON module through Jackson's service
 * discovery (the {@code provides} clause of {@code org.openwor.json} on the module path,
 * {@code META-INF/services} on the class path), reads a referral and evaluates its eligibility.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ModularExample {

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    /** Creates the example with a mapper that has found its modules. */
    public ModularExample() {}

    /**
     * Returns the mapper, configured by {@link ObjectMapper#findAndRegisterModules()} only.
     *
     * @return the mapper
     */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Reads a referral document and evaluates it under the default eligibility policy.
     *
     * @param referralJson a referral document in OpenWoR's wire format, not null
     * @return the decision
     * @throws JsonProcessingException if the document is not a valid referral
     */
    public EligibilityDecision decide(String referralJson) throws JsonProcessingException {
        Referral referral = mapper.readValue(referralJson, Referral.class);
        return EligibilityPolicy.defaults().evaluate(referral);
    }

    /**
     * Reads a referral document and returns the summary of its decision in a language.
     *
     * @param referralJson a referral document in OpenWoR's wire format, not null
     * @param locale the language of the summary, not null
     * @return the summary, from the message bundles of {@code org.openwor.core}
     * @throws JsonProcessingException if the document is not a valid referral
     */
    public String summary(String referralJson, Locale locale) throws JsonProcessingException {
        return decide(referralJson).summary(locale);
    }
}
