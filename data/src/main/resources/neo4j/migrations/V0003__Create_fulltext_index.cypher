// The cjk analyzer indexes CJK text as bigrams, so 画像 or 情報技師 match inside longer Japanese names.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Credential|Target|Role|Domain)
ON EACH [n.nameJa, n.nameEn, n.descriptionJa, n.descriptionEn]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}};
