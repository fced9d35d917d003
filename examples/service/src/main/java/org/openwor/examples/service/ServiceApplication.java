package org.openwor.examples.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * A coaches' organisation's referral service (<i>Welzijn op Recept</i>) on Spring Boot: it decides the
 * eligibility of referrals from GP systems, keeps each case (<i>traject</i>) as an append-only list of
 * events in a database, and serves the worklist, the indicator report and a dashboard for coaches.
 */
@SpringBootApplication
@EnableConfigurationProperties(ServiceProperties.class)
public class ServiceApplication {

    /** Creates the application; Spring calls this. */
    public ServiceApplication() {}

    /**
     * Starts the service.
     *
     * @param args Spring Boot's command line arguments, such as {@code --spring.profiles.active=postgres}
     */
    public static void main(String[] args) {
        SpringApplication.run(ServiceApplication.class, args);
    }
}
