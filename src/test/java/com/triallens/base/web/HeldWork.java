package com.triallens.base.web;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Work that runs until released (at most 10 s), counting how many threads run it at once. */
public final class HeldWork implements Runnable {

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);

    @Override
    public void run() {
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running.decrementAndGet();
        }
    }

    public void release() {
        release.countDown();
    }

    public int running() {
        return running.get();
    }

    public int mostAtOnce() {
        return mostAtOnce.get();
    }
}
