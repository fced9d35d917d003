/**
 * An application module that uses OpenWoR as named modules: it requires {@code org.openwor.core} and
 * {@code org.openwor.json} and reaches the JSON module through Jackson's service discovery only.
 */
module org.openwor.examples.modular {
    requires org.openwor.core;
    requires org.openwor.json;

    exports org.openwor.examples.modular;
}
