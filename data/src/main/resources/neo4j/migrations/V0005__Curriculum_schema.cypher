// Curricula belong to institutions; course uids are curriculum id + '/' + course code.
CREATE CONSTRAINT institution_id IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT curriculum_id IF NOT EXISTS FOR (n:Curriculum) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT course_uid IF NOT EXISTS FOR (n:Course) REQUIRE n.uid IS UNIQUE;
CREATE INDEX curriculum_visibility IF NOT EXISTS FOR (n:Curriculum) ON (n.visibility);
