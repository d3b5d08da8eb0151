package org.michishirube.interop;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.TargetId;

/**
 * Deterministic CASE identifiers: name-based UUIDs of what a thing is, so that exporting the same version twice, on any
 * instance, yields the same identifiers and URIs.
 */
public final class CaseIds {

    /** The path below the service's base URL where the CASE provider answers. */
    public static final String PATH = "/ims/case/v1p1";

    private static final Pattern UUID_FORM = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private CaseIds() {
    }

    public static String document(FrameworkVersionId version) {
        return uuid("document:" + version.value());
    }

    public static String item(FrameworkVersionId version, TargetId target) {
        return uuid("item:" + version.value() + "/" + target.value());
    }

    public static String domainItem(FrameworkVersionId version, DomainId domain) {
        return uuid("domain:" + version.value() + "/" + domain.value());
    }

    public static String association(String type, String origin, String destination) {
        return uuid("association:" + type + ":" + origin + ">" + destination);
    }

    public static String itemType(String title) {
        return uuid("item-type:" + title);
    }

    /**
     * {@return the CASE identifier of something its source identifies otherwise: a CTDL {@code @id} URI, a CTID, a
     * malformed CASE identifier} A name-based UUID of the source identifier under the prefix {@code source:}, so that no
     * derived identifier (document, item, association) can collide with it and every export gives the same one.
     */
    public static String fromSource(String sourceIdentifier) {
        return uuid("source:" + sourceIdentifier);
    }

    /**
     * {@return the identifier a CASE export writes for a kept source identifier} CASE 1.1 identifiers are lowercase UUIDs:
     * a UUID in upper case is the same UUID (RFC 4122 compares them without case) and is written in lower case; anything
     * else becomes {@link #fromSource(String)}.
     */
    public static String exported(String sourceIdentifier) {
        if (isUuid(sourceIdentifier)) {
            return sourceIdentifier;
        }
        String lower = sourceIdentifier.toLowerCase(java.util.Locale.ROOT);
        return isUuid(lower) ? lower : fromSource(sourceIdentifier);
    }

    /** {@return whether the text is a lowercase 8-4-4-4-12 UUID, as CASE 1.1 requires} */
    public static boolean isUuid(String text) {
        return text != null && UUID_FORM.matcher(text).matches();
    }

    /** {@return the name-based UUID Michishirube gives to one of its own things, the same on every run and machine} */
    public static String uuid(String name) {
        return UUID.nameUUIDFromBytes(("michishirube:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
