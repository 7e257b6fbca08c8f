package com.triallens.base.web;

import com.triallens.base.db.Pools;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class AdmissionConfig {

    private static final Logger LOG = LoggerFactory.getLogger(AdmissionConfig.class);

    /** Before Spring Security's filters (order -100): some of them read the database too. */
    private static final int BEFORE_SECURITY = -110;

    /**
     * {@code triallens.requests-at-once} (default: the pool's size less two, kept for the health probes and the
     * imports that run in the background, and at most four per core); {@code triallens.requests-max-wait} (30 s).
     */
    @Bean
    RequestAdmission requestAdmission(DataSource dataSource,
                                      @Value("${triallens.requests-at-once:0}") int atOnce,
                                      @Value("${triallens.requests-max-wait:30s}") Duration maxWait) {
        int cores = Runtime.getRuntime().availableProcessors();
        int bound = atOnce > 0 ? atOnce : Pools.hikari(dataSource)
                .map(pool -> Math.min(pool.getMaximumPoolSize() - 2, 4 * cores))
                .orElse(4 * cores);
        var admission = new RequestAdmission(Math.max(1, bound), maxWait);
        LOG.info("At most {} requests at once; others wait up to {} s for their turn", admission.atOnce(),
                maxWait.toSeconds());
        return admission;
    }

    @Bean
    FilterRegistrationBean<RequestAdmission> requestAdmissionFilter(RequestAdmission admission) {
        var registration = new FilterRegistrationBean<>(admission);
        registration.setOrder(BEFORE_SECURITY);
        return registration;
    }
}
