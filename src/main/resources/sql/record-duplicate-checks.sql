-- The evidence of one check, while this instance holds the job's claim.
INSERT INTO duplicate_checks (video_job_id, check_id, repair, kind, order_index, other_video_job_id, other_order_index,
                              hash_distance, threshold, duplicate)
SELECT vj.id, CAST(:#${exchangeProperty.distinctCheck.checkId()} AS UUID),
       CAST(:#${exchangeProperty.distinctCheck.repair()} AS INTEGER), e.kind, e.order_index, e.other_video_job_id,
       e.other_order_index, e.hash_distance, e.threshold, e.duplicate
  FROM video_jobs vj,
       jsonb_to_recordset(CAST(:#${exchangeProperty.distinctCheck.evidenceJson()} AS jsonb))
           AS e(kind TEXT, order_index INTEGER, other_video_job_id UUID, other_order_index INTEGER,
                hash_distance INTEGER, threshold INTEGER, duplicate BOOLEAN)
 WHERE vj.id = :#${exchangeProperty.job.id()}
   AND vj.claim_token = :#${exchangeProperty.job.claimToken()}
