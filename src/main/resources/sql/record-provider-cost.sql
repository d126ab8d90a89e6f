-- One billed provider call (the `charge` property) for the claimed job. Not fenced by the claim: the money was spent
-- whoever holds the job now, and a month's spend must count it.
INSERT INTO provider_costs (video_job_id, channel_id, provider, asset, order_index, quantity, unit, cost_usd, reported)
VALUES (:#${exchangeProperty.job.id()}, :#${exchangeProperty.job.channelId()}, :#${exchangeProperty.charge.provider()},
        :#${exchangeProperty.charge.asset()}, CAST(:#${exchangeProperty.charge.orderIndex()} AS INTEGER),
        :#${exchangeProperty.charge.quantity()}, :#${exchangeProperty.charge.unit().label()},
        :#${exchangeProperty.charge.usd()}, :#${exchangeProperty.charge.reported()})
