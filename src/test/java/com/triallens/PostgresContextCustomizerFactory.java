package com.triallens;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.util.List;
import java.util.Map;

/**
 * In the postgres runs, every Spring test context gets a fresh PostgreSQL database, as the H2 runs
 * get a fresh in-memory one ({@code application-test.properties}); Flyway migrates it on start and
 * it is dropped when the context closes. In the H2 runs this does nothing.
 * Registered in {@code META-INF/spring.factories}.
 */
class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return TestPostgres.active() ? new FreshDatabase() : null;
    }

    /** All instances are equal, so Spring's context cache shares contexts exactly as in the H2 runs. */
    private static final class FreshDatabase implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            var database = TestPostgres.createDatabase();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("triallens-test-postgres", Map.of(
                    "spring.datasource.url", TestPostgres.url(database),
                    "spring.datasource.username", TestPostgres.USER,
                    "spring.datasource.password", TestPostgres.PASSWORD,
                    // Spring keeps up to 32 test contexts open, each with its own pool
                    "spring.datasource.hikari.minimum-idle", "1",
                    "spring.datasource.hikari.maximum-pool-size", "4")));
            DisposableBean drop = () -> TestPostgres.dropDatabase(database);
            if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
                // registered before any bean exists, so destroyed after all of them, the connection pool included
                registry.registerDisposableBean("triallensTestDatabase", drop);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FreshDatabase;
        }

        @Override
        public int hashCode() {
            return FreshDatabase.class.hashCode();
        }
    }
}
