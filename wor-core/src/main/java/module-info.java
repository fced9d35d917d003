/**
 * OpenWoR core: the pure domain model of Welzijn op Recept (Dutch social prescribing).
 *
 * <p>The referral and its parts live in {@code org.openwor.core}; the eligibility rules
 * (<i>indicatiestelling</i>) in {@code org.openwor.core.eligibility}; deadlines (<i>termijnen</i>) and
 * the Dutch public holidays in {@code org.openwor.core.deadline}. The module performs no I/O,
 * reads no clock and depends at run time on vavr only.
 */
module org.openwor.core {
    requires transitive io.vavr;
    requires static org.immutables.value.annotations;

    exports org.openwor.core;
    exports org.openwor.core.eligibility;
    exports org.openwor.core.workflow;
    exports org.openwor.core.deadline;
    exports org.openwor.core.indicator;

    // For wor-json only: the wire codes of the enums.
    exports org.openwor.core.internal to org.openwor.json;
}
