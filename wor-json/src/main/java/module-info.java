/**
 * OpenWoR JSON: a Jackson 2 module that reads and writes the value types of {@code org.openwor.core}
 * in OpenWoR's documented wire format.
 *
 * <p>Register {@link org.openwor.json.WorModule} explicitly, or let
 * {@code ObjectMapper.findAndRegisterModules()} find it on the class path or the module path.
 */
module org.openwor.json {
    requires transitive org.openwor.core;
    requires transitive com.fasterxml.jackson.databind;

    exports org.openwor.json;

    provides com.fasterxml.jackson.databind.Module with org.openwor.json.WorModule;
}
