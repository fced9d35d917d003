package org.openwor.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of OpenWoR: package-private generated classes hidden behind the abstract
 * value type, JDK collections only, strict builders and redacted {@code toString()}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        strictBuilder = true,
        redactedMask = "<redacted>",
        allowedClasspathAnnotations = {Override.class},
        defaults = @Value.Immutable(copy = false))
public @interface WorStyle {}
