package com.triallens.security.ui;

import com.triallens.base.export.ExportColumn;
import com.triallens.base.export.Provenance;
import com.triallens.base.export.TableExport;
import com.triallens.security.UserAccount;

import java.util.List;

/** The Users grid as a spreadsheet: name, role and status; never anything about passwords. */
final class UsersExport {

    private UsersExport() {
    }

    static TableExport<UserAccount> of(List<UserAccount> users) {
        return TableExport.of("Users", List.of(
                ExportColumn.text("User name", UserAccount::username),
                ExportColumn.text("Name", UserAccount::displayName),
                ExportColumn.text("Role", u -> u.role().name()),
                ExportColumn.text("Status", u -> u.enabled() ? "Enabled" : "Disabled")), users, Provenance.now(null));
    }
}
