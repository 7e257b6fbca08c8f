package com.triallens.base.db;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the SQL statements the application prepares or runs: {@link #during} gives the statements one piece of work
 * sent to the database from the calling thread, for tests that bound the number of queries a page makes whatever the
 * size of its trial. Every test context's data source is wrapped (registered in {@code META-INF/spring.factories}), so
 * that no test needs a context of its own for it: a new context mid-run replaces the security context strategy that
 * the contexts already cached share. Outside {@link #during} the wrapper only passes calls on.
 */
public class StatementCounter implements ContextCustomizerFactory {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    /** The statements {@code work} sent, in order, from this thread. */
    public static List<String> during(Runnable work) {
        var statements = new ArrayList<String>();
        var outer = RECORDING.get();
        RECORDING.set(statements);
        try {
            work.run();
        } finally {
            RECORDING.set(outer);
        }
        return statements;
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return new Counting();
    }

    /** All instances are equal, so Spring's context cache shares contexts as if it were not there. */
    private static final class Counting implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? proxy(DataSource.class, dataSource) : bean;
                }
            });
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Counting;
        }

        @Override
        public int hashCode() {
            return Counting.class.hashCode();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (self, method, args) -> {
            var name = method.getName();
            var recording = RECORDING.get();
            if (recording != null && (name.equals("prepareStatement") || name.equals("prepareCall"))) {
                recording.add((String) args[0]);
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Connection connection && type == DataSource.class) {
                return proxy(Connection.class, connection);
            }
            if (recording != null && name.equals("createStatement") && result instanceof java.sql.Statement statement) {
                return countingStatement(statement);
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[]{type}, handler);
    }

    private static java.sql.Statement countingStatement(java.sql.Statement target) {
        InvocationHandler handler = (self, method, args) -> {
            var recording = RECORDING.get();
            if (recording != null && method.getName().startsWith("execute") && args != null && args.length > 0
                    && args[0] instanceof String sql) {
                recording.add(sql);
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (java.sql.Statement) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[]{java.sql.Statement.class}, handler);
    }
}
