package org.openwor.examples.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of the service, under {@code openwor.*}.
 *
 * @param coachOrganisation the coaches' organisation that runs this service; recorded on each case
 * @param zone the time zone in which "today" is taken
 * @param today a fixed date for demonstrations and tests; empty for the system clock
 * @param worklistWithinDays how many days ahead the worklist looks when the request does not say
 * @param dashboardSuppression the small-cell threshold k of the dashboard's charts (at least 2)
 */
@ConfigurationProperties("openwor")
public record ServiceProperties(String coachOrganisation, ZoneId zone, Optional<LocalDate> today,
        int worklistWithinDays, int dashboardSuppression) {

    /**
     * Fills in the defaults: organisation {@code welzijn-op-recept}, zone Europe/Amsterdam, the system
     * clock, 14 days ahead, k = 10.
     *
     * @param coachOrganisation the organisation, null for the default
     * @param zone the zone, null for the default
     * @param today the fixed date, null or empty for the system clock
     * @param worklistWithinDays the days ahead, 0 for the default
     * @param dashboardSuppression the threshold, 0 for the default
     */
    public ServiceProperties {
        coachOrganisation = coachOrganisation == null ? "welzijn-op-recept" : coachOrganisation;
        zone = zone == null ? ZoneId.of("Europe/Amsterdam") : zone;
        today = today == null ? Optional.empty() : today;
        worklistWithinDays = worklistWithinDays == 0 ? 14 : worklistWithinDays;
        dashboardSuppression = dashboardSuppression == 0 ? 10 : dashboardSuppression;
    }
}
