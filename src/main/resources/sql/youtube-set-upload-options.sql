-- How the channel's videos are uploaded from now on (videos already up keep theirs).
UPDATE channels
   SET self_declared_made_for_kids = :#${body[selfDeclaredMadeForKids]},
       contains_synthetic_media = :#${body[containsSyntheticMedia]},
       youtube_playlist_id = :#${body[playlistId]}
 WHERE id = :#channelId
