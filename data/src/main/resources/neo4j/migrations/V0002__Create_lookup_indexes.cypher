CREATE INDEX target_id IF NOT EXISTS FOR (n:Target) ON (n.id);
CREATE INDEX target_version IF NOT EXISTS FOR (n:Target) ON (n.version);
CREATE INDEX exam_statistic_credential IF NOT EXISTS FOR (n:ExamStatistic) ON (n.credential, n.year);
