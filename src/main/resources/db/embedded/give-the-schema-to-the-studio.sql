-- The schema public and everything in it belong to the studio's role (no superuser), whoever made them: a data folder
-- of an earlier version holds objects the superuser made. Run by the superuser at each start; changes only what is not
-- the studio's yet. Tables first: their own sequences follow them.
DO $$
DECLARE
    found record;
BEGIN
    EXECUTE 'ALTER SCHEMA public OWNER TO studio';
    FOR found IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') AND pg_get_userbyid(c.relowner) <> 'studio'
    LOOP
        EXECUTE format('ALTER %s public.%I OWNER TO studio',
                       CASE found.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, found.relname);
    END LOOP;
    FOR found IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = 'public' AND c.relkind = 'S' AND pg_get_userbyid(c.relowner) <> 'studio'
    LOOP
        EXECUTE format('ALTER SEQUENCE public.%I OWNER TO studio', found.relname);
    END LOOP;
    FOR found IN SELECT t.typname, t.typtype FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                  WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd') AND pg_get_userbyid(t.typowner) <> 'studio'
    LOOP
        EXECUTE format('ALTER %s public.%I OWNER TO studio', CASE found.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, found.typname);
    END LOOP;
    FOR found IN SELECT p.oid FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                  WHERE n.nspname = 'public' AND p.prokind IN ('f', 'p') AND pg_get_userbyid(p.proowner) <> 'studio'
    LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO studio', found.oid::regprocedure);
    END LOOP;
END
$$
