-- Perceptual hashes computed by a check, kept so the next check reads them instead of decoding the image again.
UPDATE images i
   SET perceptual_hash = h.hash
  FROM jsonb_each_text(CAST(:#${exchangeProperty.distinctCheck.newHashesJson()} AS jsonb)) AS h(image_id, hash)
 WHERE i.id = CAST(h.image_id AS UUID)
   AND i.perceptual_hash IS NULL
