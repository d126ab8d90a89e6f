-- The kinds whose conditions are checked (an informational kind is raised where it happens instead).
SELECT kind FROM alert_kinds WHERE NOT informational ORDER BY kind
