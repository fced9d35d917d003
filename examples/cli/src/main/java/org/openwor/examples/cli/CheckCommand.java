package org.openwor.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.openwor.core.Referral;
import org.openwor.core.eligibility.EligibilityDecision;
import org.openwor.core.eligibility.EligibilityPolicy;
import org.openwor.json.WorJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wor check REFERRAL.json}: the eligibility decision of one referral. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"The eligibility decision of a referral, with every reason that applies.",
            "A decision that is not eligible is a result, not an error: the exit code is 0."})
final class CheckCommand extends WorCommand {

    @Parameters(index = "0", paramLabel = "REFERRAL.json", description = "The referral (wire format of wor-json); - for standard input.")
    private String file;

    @Option(names = "--json", description = "Write the decision as JSON (wire format of wor-json) instead of text.")
    private boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        Referral referral = Inputs.document(file, Referral.class);
        EligibilityDecision decision = EligibilityPolicy.defaults().evaluate(referral);
        if (json) {
            out().println(Inputs.MAPPER.writer(WorJson.prettyPrinter()).writeValueAsString(decision));
        } else {
            out().println(decision.summary(common.locale));
        }
        return Wor.OK;
    }
}
