package org.michishirube.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.Verification;

/**
 * One claim of the dataset with its provenance, as the verification rules see it: a credential, a role, a role's needs,
 * a statistic, a framework version, one of its changes, a domain or a target.
 *
 * @param file the file it is in
 * @param item its id (or a readable key, e.g. {@code hit/2017/exam/15} for a statistic)
 * @param type what kind of item it is: {@code credential}, {@code role}, {@code role-needs}, {@code statistic},
 *     {@code version}, {@code change}, {@code domain} or {@code target}
 * @param level its verification level
 * @param citations the sources it cites
 * @param about the credentials it is about: a source corroborates only if it speaks for one of them
 * @param version the framework version it belongs to, for versions, changes, domains and targets
 * @param versionEnd when that version stopped being in force, for a retired version whose end is known: a source
 *     published later cannot support the item
 * @param note the reasoning behind its level, its own or that of the nearest enclosing item that has one
 */
public record CitedItem(String file, String item, String type, Verification level, List<Citation> citations,
                        Set<CredentialId> about, Optional<FrameworkVersionId> version, Optional<LocalDate> versionEnd,
                        Optional<String> note) {

    public CitedItem {
        citations = List.copyOf(citations);
        about = Set.copyOf(about);
    }
}
