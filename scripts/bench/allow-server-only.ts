/** Lets a plain Node script import lib/server (the real 'server-only' throws outside Next). Import this before anything from lib/server. */
import '../../lib/server/allow-server-only.mjs';
