package com.triallens.base.domain;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC quotes identifiers by default, which makes them case-sensitive: H2 folds unquoted
 * names to upper case and PostgreSQL to lower case, so one set of migrations cannot serve both.
 * Unquoted identifiers let each database fold the names its own way.
 */
@Configuration(proxyBeanMethods = false)
class JdbcNaming {

    @Bean
    static BeanPostProcessor unquotedIdentifiers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof RelationalMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
