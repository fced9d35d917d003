package org.openwor.examples.service;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API on PostgreSQL, through the {@code postgres} profile. Runs when {@code OPENWOR_TEST_POSTGRES_URL}
 * (with {@code OPENWOR_TEST_POSTGRES_USER} and {@code OPENWOR_TEST_POSTGRES_PASSWORD}) names a database
 * that the tests may empty; {@code .ci/run} starts one. The schema is dropped and migrated again first.
 */
@EnabledIfEnvironmentVariable(named = "OPENWOR_TEST_POSTGRES_URL", matches = ".+",
        disabledReason = "set OPENWOR_TEST_POSTGRES_URL (and _USER, _PASSWORD) to a scratch PostgreSQL database")
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openwor.today=2026-11-23", "spring.flyway.clean-disabled=false"})
class PostgresServiceTest extends ServiceContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("OPENWOR_TEST_POSTGRES_URL"));
        registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("OPENWOR_TEST_POSTGRES_USER", ""));
        registry.add("spring.datasource.password",
                () -> System.getenv().getOrDefault("OPENWOR_TEST_POSTGRES_PASSWORD", ""));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class CleanDatabase {
        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return (Flyway flyway) -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
