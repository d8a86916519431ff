// Hindsight's storage in the browser (an Emscripten --js-library): IndexedDB, one record per
// post-mortem, and a BroadcastChannel between tabs. The decisions (what to write, when, what a
// conflict means) are made in C++ (src/storage/); this file only carries them out and reports back.
//
// Database "hindsight", version 2:
//   postmortems: { id, revision, json, savedAt }  (json: the post-mortem's JSON exactly as saved,
//                as UTF-8 bytes in a Uint8Array; records written before then, and changes
//                replayed from the journal, hold it as a string in `text` instead)
//                index 'revision' on [id, revision]
//   library:     { id, title, date, created_at, severity, severity_rank, status, open_actions,
//                  duration_seconds, search_words, revision }  (the library's index: what the
//                  library lists; written by src/storage/library_index.cpp)
// A write names the revision it expects to find stored; it reads the stored one and writes in the
// same transaction, so two tabs can never overwrite each other unseen.
// Why the 'revision' index (version 2): the check needs only the stored revision, and getting the
// record to learn it read and decoded the whole post-mortem on the main thread at every autosave
// (a megabyte for a long one, once a second while someone types). The index's key carries the
// revision, so a key cursor over it reads no record; the record is read only to hand it over
// when a write is refused. Opening a version-1 database adds the index (the browser reads every
// record once then). A tab of version 1 still open then loses its connection and cannot open
// version 2: its writes fail and stay in its journal, which its next load applies (a service
// worker update reloads every tab).
//
// Start-up reads only the library's index before the first frame; the records follow in the
// background and the app takes them a few at a time (hindsight_storage_next_record), so a
// large library is listed at once and read without a long pause.
//
// Events for the app queue up in HS.events and are taken as JSON by hindsight_storage_take_events
// once per frame: {kind: written|conflict|failed|changed|persistence|unavailable|cleared, ...}.
mergeInto(LibraryManager.library, {
  $HS__postset: 'HS.start();',
  $HS__deps: ['$stringToNewUTF8'],
  $HS: {
    db: null,
    available: false,
    reason: '',
    persistent: false,
    index: [],     // the library's index entries, read before the first frame
    records: [],   // the records, once read: taken by the app from `taken` on
    recordsState: 'reading',  // 'reading', then 'ready' (or 'failed': none will come)
    taken: 0,
    events: [],
    channel: null,
    cleared: false,  // the database vanished while the app ran (site data cleared)
    // Why a write stores bytes, not a string: IndexedDB's put of a megabyte string took 9-12 ms
    // of the autosave's main-thread time in Chromium, of bytes 3-6 ms, and the bytes need no
    // decoding (another 3-5 ms): they are copied out of the wasm memory as they are.
    bytes: function (ptr, length) { return HEAPU8.slice(ptr, ptr + length); },
    // A record's or a write's JSON as a string (for the journal and the app's events).
    textOf: function (value) {
      return typeof value.text === 'string' ? value.text : HS.decode(value.json);
    },
    // A record as an event carries it to the app, with its JSON as a string.
    withText: function (record) {
      return { id: record.id, revision: record.revision, text: HS.textOf(record) };
    },
    // A post-mortem's text from the wasm memory, `length` bytes of UTF-8 at `ptr`. Why not
    // UTF8ToString: Emscripten 3.1.6's walks the bytes one at a time in JavaScript looking for a
    // NUL before it decodes them, about a millisecond per megabyte on every save; the length is
    // known, and JSON text holds no NUL. The decoder is made on first use: this object's other
    // values are written out as JSON when the glue is built, so it cannot be made here.
    decoder: null,
    decode: function (bytes) {
      if (!HS.decoder) HS.decoder = new TextDecoder('utf-8');
      return HS.decoder.decode(bytes);
    },
    text: function (ptr, length) {
      return typeof TextDecoder === 'function' ? HS.decode(HEAPU8.subarray(ptr, ptr + length)) : UTF8ToString(ptr, length);
    },
    // Why a time limit: when another tab holds the database open during an upgrade, open() can
    // wait forever; the app must still start (with saving off) rather than hang on its spinner.
    openTimeoutMs: 8000,

    // Runs while the module is created, before main(): main waits (a run dependency) until the
    // library's index is in memory, so the first frame lists every stored post-mortem; the
    // records are read after it (readRecords).
    start: function () {
      addRunDependency('hindsight-storage');
      var done = false;
      var finish = function () {
        if (done) return;
        done = true;
        removeRunDependency('hindsight-storage');
      };
      setTimeout(function () {
        if (done) return;
        HS.available = false;
        HS.reason = 'the browser\'s storage did not answer.';
        finish();
      }, HS.openTimeoutMs);
      HS.open(false).then(function () { return HS.replayJournal(); }).then(function () {
        return HS.loadIndex();
      }).then(function () {
        HS.available = true;
        HS.listenToOtherTabs();
        HS.flushWhenHidden();
      }).catch(function (error) {
        HS.available = false;
        HS.reason = HS.describeUnavailable(error);
        if (HS.db) { HS.db.close(); HS.db = null; }
      }).then(function () {
        finish();
        // Why a timeout: the records' structured clone is decoded on this thread when the read
        // completes; starting it after main() has run lets the first frame come first.
        if (HS.available) setTimeout(HS.readRecords, 0);
      });
    },

    describeUnavailable: function (error) {
      var name = error && error.name ? error.name : '';
      if (name === 'SecurityError' || name === 'InvalidStateError')
        return 'this browser blocks storage for this page (a private window, or site data turned off).';
      return 'this browser\'s storage could not be opened (' + (error && error.message ? error.message : String(error)) + ').';
    },

    // Opens (and on first use creates) the database. `afterClear`: the database is being reopened
    // because it closed under the app; if it had to be created again, storage was cleared.
    open: function (afterClear) {
      return new Promise(function (resolve, reject) {
        var factory;
        try {
          factory = window.indexedDB;  // Why in try: some browsers throw on access when blocked.
        } catch (error) { reject(error); return; }
        if (!factory) { reject(new DOMException('IndexedDB is missing', 'SecurityError')); return; }
        var request;
        try { request = factory.open('hindsight', 2); } catch (error) { reject(error); return; }
        var created = false;
        request.onupgradeneeded = function (event) {
          // Why oldVersion: a version-1 database is upgraded too, and it was not created.
          created = event.oldVersion === 0;
          var db = request.result;
          var records = db.objectStoreNames.contains('postmortems') ?
            request.transaction.objectStore('postmortems') : db.createObjectStore('postmortems', { keyPath: 'id' });
          if (!records.indexNames.contains('revision')) records.createIndex('revision', ['id', 'revision']);
          if (!db.objectStoreNames.contains('library')) db.createObjectStore('library', { keyPath: 'id' });
        };
        request.onsuccess = function () {
          HS.db = request.result;
          // Why: when site data is cleared (or another tab upgrades), the browser closes this
          // connection; the next write reopens it.
          HS.db.onclose = function () { HS.db = null; };
          HS.db.onversionchange = function () { if (HS.db) { HS.db.close(); HS.db = null; } };
          if (afterClear && created) {
            HS.cleared = true;
            HS.events.push({ kind: 'cleared' });
          }
          resolve(HS.db);
        };
        request.onerror = function () { reject(request.error); };
        request.onblocked = function () { /* waits for the other tab; the start-up timeout decides */ };
      });
    },

    // Why a journal: a page that is closing or reloading does not wait for IndexedDB, a
    // transaction still running (or begun in pagehide) is dropped with the page, and a tab
    // closed at once may get no pagehide at all: the last second of typing would be lost.
    // localStorage writes synchronously, so every change (at the frame it is made) and every
    // write is kept there until IndexedDB confirms it, and the next start applies what IndexedDB
    // did not receive, with the same revision check as any write.
    // A long post-mortem is the exception: copying a megabyte into localStorage took about 20 ms
    // of every autosave (one each second while someone types), and IndexedDB usually confirms
    // its write well within a second. So its write is journaled only if it is still running
    // after journalLateMs, when the page is hidden or closed first, or when it fails (the
    // `unjournaled` writes). What a crash of the tab can lose is the second before it.
    journalAtOnceBytes: 256 * 1024,
    journalLateMs: 1000,
    unjournaled: {},  // by id: a write too long to journal at once, not yet confirmed
    hiding: false,    // the page is being hidden or closed: every write is journaled at once
    journalPrefix: 'hindsight-unsaved:',
    // A put's text is kept beside its entry, under a key of its own revision, not inside it: a
    // megabyte of JSON is then not escaped into JSON again on every save, and the entry read back
    // when IndexedDB confirms the write is a few bytes. A new text is written before the entry
    // that names it, and older texts go only once it is written: a full quota between the two
    // leaves the entry before it whole.
    journalTextPrefix: 'hindsight-unsaved-text:',
    journalTextKey: function (id, revision) { return HS.journalTextPrefix + id + '@' + revision; },

    // The revision each record had when this tab last saw it stored (loaded, written or read
    // after another tab's change). A journaled write carries it: a write queued behind one that
    // the closing page dropped names that dropped write's revision as its base, yet it may still
    // be applied over the revision this tab saw last, since it holds the whole post-mortem.
    confirmed: {},

    journalKeys: function (prefix) {
      var keys = [];  // first all of them: removing one renumbers the rest
      for (var i = 0; i < window.localStorage.length; ++i) {
        var key = window.localStorage.key(i);
        if (key && key.indexOf(prefix) === 0) keys.push(key);
      }
      return keys;
    },

    journaledRevision: function (id) {
      var kept = window.localStorage.getItem(HS.journalPrefix + id);
      return kept ? JSON.parse(kept).revision : null;
    },

    journal: function (write) {
      var entry = { kind: write.kind, id: write.id, base: write.base, revision: write.revision,
        summary: write.summary, confirmed: HS.confirmed[write.id] || 0 };
      var textKey = HS.journalTextKey(write.id, write.revision);
      try {
        if (write.kind === 'put') window.localStorage.setItem(textKey, HS.textOf(write));
        window.localStorage.setItem(HS.journalPrefix + write.id, JSON.stringify(entry));
      } catch (error) {
        // Full or blocked: the entry before stands, with its text; IndexedDB may still finish
        // this write. A text written for this revision goes, unless that entry names it too.
        try {
          if (write.kind === 'put' && HS.journaledRevision(write.id) !== write.revision)
            window.localStorage.removeItem(textKey);
        } catch (ignored) { /* nothing more to undo */ }
        return;
      }
      try { HS.dropJournalTexts(write.id, write.kind === 'put' ? textKey : null); } catch (error) { /* kept */ }
    },

    // Removes the texts journaled for `id`, but the one under `keep`.
    dropJournalTexts: function (id, keep) {
      HS.journalKeys(HS.journalTextPrefix + id + '@').forEach(function (key) {
        if (key !== keep) window.localStorage.removeItem(key);
      });
    },

    dropJournal: function (id) {
      window.localStorage.removeItem(HS.journalPrefix + id);
      HS.dropJournalTexts(id, null);
    },

    forgetJournal: function (write) {
      try {
        if (HS.journaledRevision(write.id) === write.revision) HS.dropJournal(write.id);
      } catch (error) { /* nothing to forget */ }
    },

    // A journaled write with its text, or null when its text is missing: IndexedDB's version
    // then stands. An entry written by an earlier version of the page holds its text itself.
    journaledWrite: function (entry) {
      if (entry.kind !== 'put' || typeof entry.text === 'string') return entry;
      var text = window.localStorage.getItem(HS.journalTextKey(entry.id, entry.revision));
      return text === null ? null : Object.assign({ text: text }, entry);
    },

    replayJournal: function () {
      var writes = [];
      try {
        var journaled = {};
        HS.journalKeys(HS.journalPrefix).forEach(function (key) {
          var entry = JSON.parse(window.localStorage.getItem(key));
          journaled[entry.id] = true;
          var write = HS.journaledWrite(entry);
          if (write) writes.push(write); else HS.dropJournal(entry.id);
        });
        // Texts no entry names (a page that closed between writing the two) are forgotten.
        HS.journalKeys(HS.journalTextPrefix).forEach(function (key) {
          var id = key.slice(HS.journalTextPrefix.length, key.lastIndexOf('@'));
          if (!journaled[id]) window.localStorage.removeItem(key);
        });
      } catch (error) { return Promise.resolve(); }
      return writes.reduce(function (previous, write) {
        return previous.then(function () {
          return new Promise(function (resolve) {
            var tx = HS.db.transaction(['postmortems', 'library'], 'readwrite', { durability: 'strict' });
            HS.apply(tx, write, function () {}, write.confirmed);
            var done = function () {
              HS.dropJournal(write.id);
              resolve();
            };
            tx.oncomplete = done;
            tx.onabort = function () {
              if (tx.error) console.warn('Hindsight could not apply an unsaved change to ' + write.id, tx.error);
              done();
            };
          });
        });
      }, Promise.resolve());
    },

    // In transaction `tx`: writes `write` when the stored revision is the one it expects (or,
    // replaying the journal, the one this tab last saw stored); otherwise calls refuse(what is
    // stored) and aborts. The stored revision comes from the 'revision' index, not the record.
    apply: function (tx, write, refuse, alsoAccepted) {
      var records = tx.objectStore('postmortems');
      // `storedRevision`: a missing record counts as 0, one whose revision is not a number as -1;
      // `stored`: the record when it was read (undefined when it was not).
      var decide = function (storedRevision, exists, stored) {
        // After the whole database was cleared under the app, a missing record is not another
        // tab's delete: this tab writes back what it holds.
        var lostToClearing = !exists && HS.cleared && write.kind === 'put';
        var accepted = storedRevision === write.base ||
          (alsoAccepted !== undefined && storedRevision === alsoAccepted);
        if (!accepted && !lostToClearing) {
          var hand = function (value) {
            refuse(value ? HS.asRecord(value) : null);
            tx.abort();
          };
          if (!exists || stored !== undefined) { hand(stored); return; }
          var read = records.get(write.id);
          read.onsuccess = function () { hand(read.result); };
          return;
        }
        if (write.kind === 'put') {
          // A journaled change may follow a write the closing page dropped: it takes the next
          // revision after what is stored.
          var revision = Math.max(write.revision, storedRevision + 1);
          var record = { id: write.id, revision: revision, savedAt: Date.now() };
          if (write.json) record.json = write.json; else record.text = write.text;
          records.put(record);
          tx.objectStore('library').put(JSON.parse(write.summary));
        } else {
          records.delete(write.id);
          tx.objectStore('library').delete(write.id);
        }
      };
      // Numbers sort before every other kind of key: the range holds the record's key in the
      // index only when its revision is a number.
      var keys = records.index('revision').openKeyCursor(
        IDBKeyRange.bound([write.id, -Infinity], [write.id, Infinity]));
      keys.onsuccess = function () {
        if (keys.result) { decide(keys.result.key[1], true, undefined); return; }
        // No record (its read costs nothing), or one the range does not hold: a revision that is
        // not a number, or NaN (no key at all), counted from the record itself as before.
        var read = records.get(write.id);
        read.onsuccess = function () {
          var stored = read.result;
          decide(stored && typeof stored.revision === 'number' ? stored.revision : (stored ? -1 : 0),
            !!stored, stored);
        };
      };
    },

    loadIndex: function () {
      return new Promise(function (resolve, reject) {
        var tx = HS.db.transaction(['library'], 'readonly');
        var request = tx.objectStore('library').getAll();
        request.onsuccess = function () {
          HS.index = request.result;
          HS.index.forEach(function (entry) {
            if (entry && typeof entry.id === 'string' && typeof entry.revision === 'number')
              HS.confirmed[entry.id] = entry.revision;
          });
          resolve();
        };
        tx.onerror = function () { reject(tx.error); };
      }).then(function () {
        if (!navigator.storage || !navigator.storage.persisted) return;
        return navigator.storage.persisted().then(function (persisted) { HS.persistent = persisted; },
          function () {});
      });
    },

    // Why a time limit: a read that never answers would hold imports and Export all forever;
    // failing it turns saving off and says so, and the rows not read stay listed.
    readTimeoutMs: 60000,

    readRecords: function () {
      setTimeout(function () {
        HS.recordsFailed(new DOMException('the stored post-mortems did not arrive in time', 'TimeoutError'));
      }, HS.readTimeoutMs);
      HS.withDatabase().then(function (db) {
        var tx = db.transaction(['postmortems'], 'readonly');
        var request = tx.objectStore('postmortems').getAll();
        request.onsuccess = function () {
          if (HS.recordsState !== 'reading') return;  // failed already: too late
          HS.records = request.result.map(HS.asRecord);
          HS.records.forEach(function (record) {
            if (HS.confirmed[record.id] === undefined) HS.confirmed[record.id] = record.revision;
          });
          HS.recordsState = 'ready';
        };
        tx.onerror = function () { HS.recordsFailed(tx.error); };
      }).catch(HS.recordsFailed);
    },

    // The library could not be read after start-up: nothing will be saved over what is stored.
    recordsFailed: function (error) {
      if (HS.recordsState !== 'reading') return;
      HS.recordsState = 'failed';
      HS.events.push({ kind: 'unavailable', reason: HS.describeUnavailable(error) });
    },

    // A stored value as the app reads it: {id, revision} and its JSON in `json` (bytes) or `text`.
    // Anything that is not a Hindsight record keeps its content as JSON text with revision 0, so
    // the app quarantines it instead of dropping it.
    asRecord: function (value) {
      if (value && typeof value.id === 'string' && typeof value.revision === 'number') {
        if (value.json instanceof Uint8Array) return { id: value.id, revision: value.revision, json: value.json };
        if (typeof value.text === 'string') return { id: value.id, revision: value.revision, text: value.text };
      }
      var id = value && typeof value.id === 'string' ? value.id : String(value && value.id);
      var text;
      try { text = JSON.stringify(value); } catch (error) { text = String(value); }
      return { id: id, revision: 0, text: text };
    },

    withDatabase: function () {
      if (HS.db) return Promise.resolve(HS.db);
      return HS.open(true);
    },

    isQuota: function (error) {
      // Why both: Chrome and Firefox name it QuotaExceededError; older engines used the legacy
      // code 22 or (Firefox) NS_ERROR_DOM_QUOTA_REACHED.
      return !!error && (error.name === 'QuotaExceededError' || error.code === 22 ||
        error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(error.message || ''));
    },

    failure: function (write, error) {
      var quota = HS.isQuota(error);
      HS.events.push({ kind: 'failed', id: write.id, quota: quota,
        reason: quota ? 'storage is full.' : 'the browser refused the write (' +
          (error && error.name ? error.name + ': ' : '') + (error && error.message ? error.message : String(error)) + ').' });
    },

    // Journals `write` now if it was left unjournaled (too long) and is still waiting.
    journalIfWaiting: function (write) {
      if (HS.unjournaled[write.id] !== write) return;
      delete HS.unjournaled[write.id];
      HS.journal(write);
    },

    // Carries out one write: {kind: 'put'|'remove', id, base, revision, json (a put's UTF-8
    // bytes) or text, summary}; `textBytes`, the length of a put's JSON.
    write: function (write, textBytes) {
      if (!HS.available) return;
      if (write.kind === 'put' && textBytes > HS.journalAtOnceBytes && !HS.hiding) {
        HS.unjournaled[write.id] = write;
        setTimeout(function () { HS.journalIfWaiting(write); }, HS.journalLateMs);
      } else {
        delete HS.unjournaled[write.id];
        HS.journal(write);
      }
      var settled = function () {
        if (HS.unjournaled[write.id] === write) delete HS.unjournaled[write.id];
        HS.forgetJournal(write);
      };
      HS.withDatabase().then(function (db) {
        var tx = db.transaction(['postmortems', 'library'], 'readwrite', { durability: 'strict' });
        var refused = false;
        var conflict = null;
        HS.apply(tx, write, function (stored) {
          refused = true;
          conflict = stored;
        });
        tx.oncomplete = function () {
          settled();
          var revision = write.kind === 'put' ? write.revision : 0;
          HS.confirmed[write.id] = revision;
          HS.events.push({ kind: 'written', id: write.id, revision: revision });
          if (HS.channel) HS.channel.postMessage({ id: write.id, revision: revision });
        };
        tx.onabort = function () {
          settled();
          if (refused) {
            HS.events.push({ kind: 'conflict', id: write.id, stored: conflict && HS.withText(conflict) });
          } else {
            HS.failure(write, tx.error);
          }
        };
      }).catch(function (error) {
        // Not begun (the database would not open): the journal keeps the change until a retry.
        HS.journalIfWaiting(write);
        HS.failure(write, error);
      });
    },

    // Another tab wrote: read what it stored and hand it to the app.
    listenToOtherTabs: function () {
      if (typeof BroadcastChannel !== 'function') return;
      // Why the version in the name: a tab of a Hindsight that opened database version 1 cannot
      // open version 2, and its listener fails on every message instead of reading the record.
      HS.channel = new BroadcastChannel('hindsight-storage-2');
      HS.channel.onmessage = function (message) {
        var id = message.data && message.data.id;
        if (typeof id !== 'string') return;
        HS.withDatabase().then(function (db) {
          var request = db.transaction(['postmortems'], 'readonly').objectStore('postmortems').get(id);
          request.onsuccess = function () {
            var stored = request.result ? HS.asRecord(request.result) : null;
            HS.confirmed[id] = stored ? stored.revision : 0;
            HS.events.push({ kind: 'changed', id: id, stored: stored && HS.withText(stored) });
          };
        }).catch(function () {
          // Why caught: a database this page cannot open (a newer version upgraded it) must not
          // end the page as an uncaught error; this tab's own writes say that saving fails.
        });
      };
    },

    // Why both events: a closing tab fires pagehide (visibilitychange may not come on reload),
    // and a tab sent to the background on mobile may be killed without any further event.
    // The writes still running are journaled first (those too long to journal when they began),
    // then the app writes what it has not: journaled at once, as the page may not come back.
    flushWhenHidden: function () {
      var flush = function () {
        HS.hiding = true;
        try {
          Object.keys(HS.unjournaled).forEach(function (id) { HS.journalIfWaiting(HS.unjournaled[id]); });
          if (Module['_hindsight_flush']) Module['_hindsight_flush']();
        } finally {
          HS.hiding = false;
        }
      };
      window.addEventListener('pagehide', flush);
      document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'hidden') flush();
      });
    },
  },

  hindsight_storage_available__deps: ['$HS'],
  hindsight_storage_available: function () { return HS.available ? 1 : 0; },
  hindsight_storage_persistent__deps: ['$HS'],
  hindsight_storage_persistent: function () { return HS.persistent ? 1 : 0; },
  hindsight_storage_reason__deps: ['$HS', '$stringToNewUTF8'],
  hindsight_storage_reason: function () { return stringToNewUTF8(HS.reason); },
  hindsight_storage_index__deps: ['$HS', '$stringToNewUTF8'],
  hindsight_storage_index: function () {
    var text = JSON.stringify(HS.index);
    HS.index = [];
    return stringToNewUTF8(text);
  },
  // The records read after start-up, taken one at a time: 1 when the next one is ready (its
  // id, revision and text follow), 0 when none is ready yet, -1 when every record has been
  // taken (or none will come).
  hindsight_storage_next_record__deps: ['$HS'],
  hindsight_storage_next_record: function () {
    if (HS.recordsState === 'failed' || (HS.recordsState === 'ready' && HS.taken >= HS.records.length)) {
      HS.records = [];
      return -1;
    }
    return HS.recordsState === 'ready' ? 1 : 0;
  },
  hindsight_storage_record_id__deps: ['$HS', '$stringToNewUTF8'],
  hindsight_storage_record_id: function () { return stringToNewUTF8(HS.records[HS.taken].id); },
  hindsight_storage_record_revision__deps: ['$HS'],
  hindsight_storage_record_revision: function () { return HS.records[HS.taken].revision; },
  hindsight_storage_record_text__deps: ['$HS', '$stringToNewUTF8', 'malloc'],
  // The record's JSON, its length written to *length: a record's bytes are handed over as
  // they are, a NUL among them included (a damaged record is kept byte for byte). Null when the
  // memory cannot grow.
  hindsight_storage_record_text: function (lengthOut) {
    var record = HS.records[HS.taken];
    var bytes = record.json;
    if (!bytes) {
      var ptr = stringToNewUTF8(record.text);
      HEAP32[lengthOut >> 2] = ptr ? lengthBytesUTF8(record.text) : 0;
      return ptr;
    }
    var copy = _malloc(bytes.length + 1);
    if (!copy) return 0;
    HEAPU8.set(bytes, copy);
    HEAPU8[copy + bytes.length] = 0;
    HEAP32[lengthOut >> 2] = bytes.length;
    return copy;
  },
  // The app holds the record now: the page's copy can go.
  hindsight_storage_record_taken__deps: ['$HS'],
  hindsight_storage_record_taken: function () { HS.records[HS.taken++] = null; },

  hindsight_storage_write__deps: ['$HS'],
  hindsight_storage_write: function (remove, id, idLength, base, revision, text, textLength, summary, summaryLength) {
    HS.write({ kind: remove ? 'remove' : 'put', id: UTF8ToString(id, idLength), base: base,
      revision: revision, json: HS.bytes(text, textLength), summary: UTF8ToString(summary, summaryLength) },
      textLength);
  },

  hindsight_storage_journal__deps: ['$HS'],
  hindsight_storage_journal: function (id, idLength, base, revision, text, textLength, summary, summaryLength) {
    if (!HS.available) return;
    HS.journal({ kind: 'put', id: UTF8ToString(id, idLength), base: base, revision: revision,
      text: HS.text(text, textLength), summary: UTF8ToString(summary, summaryLength) });
  },

  hindsight_storage_request_persistence__deps: ['$HS'],
  hindsight_storage_request_persistence: function () {
    if (!navigator.storage || !navigator.storage.persist) return;
    navigator.storage.persist().then(function (granted) {
      HS.events.push({ kind: 'persistence', granted: granted });
    }, function () { HS.events.push({ kind: 'persistence', granted: false }); });
  },

  hindsight_storage_take_events__deps: ['$HS', '$stringToNewUTF8'],
  hindsight_storage_take_events: function () {
    if (HS.events.length === 0) return 0;
    var events = HS.events;
    HS.events = [];
    return stringToNewUTF8(JSON.stringify(events));
  },

  // The save state outside the canvas, where screen readers hear it (shell/index.html).
  hindsight_js_show_save_status: function (text, length) {
    var element = document.getElementById('save-status');
    if (element) element.textContent = UTF8ToString(text, length);
  },

  hindsight_js_set_leave_warning: function (on) {
    // Why: with saving off or failing, closing the tab would lose work; the browser's own
    // "Leave site?" prompt is the only thing that can stop it.
    if (!Module.hindsightLeaveWarning) {
      Module.hindsightLeaveWarning = { on: false };
      window.addEventListener('beforeunload', function (event) {
        if (!Module.hindsightLeaveWarning.on) return;
        event.preventDefault();
        event.returnValue = '';
      });
    }
    Module.hindsightLeaveWarning.on = !!on;
  },
});
