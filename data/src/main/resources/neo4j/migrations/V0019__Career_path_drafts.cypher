// Drafts of model career paths (issue 19): one node per draft, addressed like a framework draft.
CREATE CONSTRAINT career_path_draft_id IF NOT EXISTS FOR (n:CareerPathDraft) REQUIRE n.id IS UNIQUE;
CREATE INDEX career_path_draft_path IF NOT EXISTS FOR (n:CareerPathDraft) ON (n.path);
