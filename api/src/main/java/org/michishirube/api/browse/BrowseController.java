package org.michishirube.api.browse;

import java.util.List;
import java.util.Optional;

import org.michishirube.api.browse.Views.CredentialDetail;
import org.michishirube.api.browse.Views.CredentialStatistics;
import org.michishirube.api.browse.Views.CredentialSummary;
import org.michishirube.api.browse.Views.FrameworkView;
import org.michishirube.api.browse.Views.RoleDetail;
import org.michishirube.api.browse.Views.RoleSummary;
import org.michishirube.api.browse.Views.TargetDetail;
import org.michishirube.api.browse.Views.TargetTree;
import org.michishirube.api.browse.Views.VersionView;
import org.michishirube.api.web.Page;
import org.springframework.web.bind.annotation.RestController;

/** Routes the browse API to {@link Browsing}. */
@RestController
class BrowseController implements BrowseApi {

    private final Browsing browsing;

    BrowseController(Browsing browsing) {
        this.browsing = browsing;
    }

    @Override
    public Page<CredentialSummary> credentials(int page, int size) {
        return browsing.credentials(page, size);
    }

    @Override
    public CredentialDetail credential(String id) {
        return browsing.credential(id);
    }

    @Override
    public List<FrameworkView> frameworks() {
        return browsing.frameworks();
    }

    @Override
    public FrameworkView framework(String id) {
        return browsing.framework(id);
    }

    @Override
    public List<VersionView> versions(String id) {
        return browsing.versions(id);
    }

    @Override
    public TargetTree targetTree(String id, String version, Optional<String> domain, int depth) {
        return browsing.targetTree(id, version, domain, depth);
    }

    @Override
    public TargetDetail target(String id, Optional<String> version) {
        return browsing.target(id, version);
    }

    @Override
    public Page<RoleSummary> roles(int page, int size) {
        return browsing.roles(page, size);
    }

    @Override
    public RoleDetail role(String id) {
        return browsing.role(id);
    }

    @Override
    public List<CredentialStatistics> statistics(Optional<String> credential) {
        return browsing.statistics(credential);
    }
}
