package org.openwor.examples.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.ZoneId;
import org.openwor.core.deadline.DeadlinePolicy;
import org.openwor.core.eligibility.EligibilityPolicy;
import org.openwor.core.workflow.CaseWorkflow;
import org.openwor.json.WorJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The OpenWoR policies and the JSON mapper, as beans. An organisation with other terms overrides one of
 * these beans (for example a {@link DeadlinePolicy} with working days).
 */
@Configuration(proxyBeanMethods = false)
class ServiceConfiguration {

    /**
     * The Jackson 2 mapper of the HTTP API and of the event store: wor-json's strict mapper (duplicate
     * keys, trailing content and oversized documents rejected, errors with a JSON path and no personal
     * value), with Spring Boot's {@code spring.jackson2.*} settings and customizers applied on top by
     * Boot's auto-configured builder. Boot's Jackson 2 message converter picks this bean up.
     */
    @Bean
    ObjectMapper objectMapper(Jackson2ObjectMapperBuilder builder) {
        ObjectMapper mapper = WorJson.newMapper();
        builder.configure(mapper);
        return mapper;
    }

    @Bean
    Clock clock(ServiceProperties properties) {
        ZoneId zone = properties.zone();
        return properties.today()
                .map(day -> Clock.fixed(day.atStartOfDay(zone).plusHours(12).toInstant(), zone))
                .orElseGet(() -> Clock.system(zone));
    }

    @Bean
    EligibilityPolicy eligibilityPolicy() {
        return EligibilityPolicy.defaults();
    }

    @Bean
    CaseWorkflow caseWorkflow() {
        return CaseWorkflow.defaults();
    }

    @Bean
    DeadlinePolicy deadlinePolicy() {
        return DeadlinePolicy.defaults();
    }
}
