package com.triallens.base.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Requests sent through a {@link RequestAdmission} to a servlet that runs the given work. */
public final class CountedRequests {

    private CountedRequests() {
    }

    public static MockHttpServletResponse send(RequestAdmission admission, String method, String path, Runnable work)
            throws Exception {
        var response = new MockHttpServletResponse();
        admission.doFilter(new MockHttpServletRequest(method, path), response, new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse answer) {
                work.run();
            }
        }));
        return response;
    }
}
