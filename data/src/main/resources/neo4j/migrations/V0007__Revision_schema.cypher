// Drafts of framework revisions are keyed by the version they will become; their audit entries and comments by draft and position.
CREATE CONSTRAINT draft_id IF NOT EXISTS FOR (d:Draft) REQUIRE d.id IS UNIQUE;
CREATE INDEX draft_framework IF NOT EXISTS FOR (d:Draft) ON (d.framework);
CREATE CONSTRAINT draft_audit_key IF NOT EXISTS FOR (a:DraftAudit) REQUIRE (a.draft, a.sequence) IS UNIQUE;
CREATE CONSTRAINT draft_comment_key IF NOT EXISTS FOR (c:DraftComment) REQUIRE (c.draft, c.sequence) IS UNIQUE;
