// Personal data: a learner is the JWT subject; saved plans have opaque ids.
CREATE CONSTRAINT learner_subject IF NOT EXISTS FOR (n:Learner) REQUIRE n.subject IS UNIQUE;
CREATE CONSTRAINT saved_plan_id IF NOT EXISTS FOR (n:SavedPlan) REQUIRE n.id IS UNIQUE;
