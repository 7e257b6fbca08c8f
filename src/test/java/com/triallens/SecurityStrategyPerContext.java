package com.triallens;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each test, points Spring Security's static holder at the strategy of the test's own Spring context. Vaadin
 * installs its strategy in the static holder when a context starts, so a test class that starts a context of its own
 * would otherwise leave every context cached before it with a holder that is not theirs: the mock user set for a test
 * is then invisible to code that reads the static holder (the audit trail wrote "system"). Registered in
 * {@code META-INF/spring.factories}; runs before Spring Security's {@code WithSecurityContextTestExecutionListener}.
 */
class SecurityStrategyPerContext extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return 9_000;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        align(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        align(testContext);
    }

    private static void align(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
