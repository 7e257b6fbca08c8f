package com.triallens.security.ui;

import com.triallens.security.SignedInUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** A user whose password an admin set sees no page but "Change your password" until they have chosen their own. */
@Component
class MustChangePasswordGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            var target = enter.getNavigationTarget();
            if (target != ChangePasswordView.class && target != LoginView.class
                    && SignedInUser.mustChangePasswordNow()) {
                enter.rerouteTo(ChangePasswordView.class);
            }
        }));
    }
}
