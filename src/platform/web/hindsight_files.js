// The browser side of files_web.cpp, linked with --js-library: files coming in (a hidden file
// input opened by "Open files..." and Ctrl+O, and files dropped anywhere on the page) and the
// "Export all" archive going out. Zip archives are read and written with fflate (fflate.js, loaded
// by the page before the app; its synchronous API only, which needs no eval and no workers).
// Each picked or dropped set of files becomes one batch, queued until the app's next frame takes
// it (hindsight_files_count ... hindsight_files_release). Bytes are handed over unchanged.
// Never: reads a file over the size limit, or unpacks an archive whose entries declare more than
// it in total (fflate inflates each entry into a buffer of its declared size, so the declared
// sizes bound the memory an archive can take).
mergeInto(LibraryManager.library, {
  $hindsightFiles__deps: ['$hindsightSaveBlob'],
  $hindsightFiles: {
    limit: 50 * 1024 * 1024,  // transfer::kMaxImportBytes
    queue: [],                // batches read and waiting for the app
    taken: null,              // the batch the app is copying from
    entries: {},              // "Export all": name -> bytes, until the archive is saved
    input: null,

    megabytes: function (bytes) { return (bytes / (1024 * 1024)).toFixed(1) + ' MB'; },

    refused: function (name, size, problem) {
      return [{ name: name, size: size, bytes: null, problem: problem }];
    },

    // Every entry of an archive as "archive.zip/entry.md"; folders are skipped.
    unzip: function (name, bytes) {
      var fflate = window['fflate'];
      if (!fflate) return hindsightFiles.refused(name, bytes.length, 'Archives cannot be opened: this page is missing fflate.js; reload it.');
      var declared = 0;
      try {
        // The first pass only reads the central directory: nothing is inflated.
        fflate.unzipSync(bytes, { filter: function (entry) { declared += entry.originalSize; return false; } });
      } catch (error) {
        return hindsightFiles.refused(name, bytes.length, 'This archive cannot be opened (' + (error && error.message ? error.message : error) + ').');
      }
      if (declared > hindsightFiles.limit) {
        return hindsightFiles.refused(name, bytes.length, 'This archive unpacks to ' + hindsightFiles.megabytes(declared) +
          '; Hindsight opens up to ' + hindsightFiles.megabytes(hindsightFiles.limit).replace('.0', '') + ' at a time.');
      }
      var unpacked;
      try {
        unpacked = fflate.unzipSync(bytes, { filter: function (entry) { return !/\/$/.test(entry.name); } });
      } catch (error) {
        return hindsightFiles.refused(name, bytes.length, 'This archive cannot be opened (' + (error && error.message ? error.message : error) + ').');
      }
      return Object.keys(unpacked).map(function (entry) {
        return { name: name + '/' + entry, size: unpacked[entry].length, bytes: unpacked[entry], problem: '' };
      });
    },

    readOne: function (file) {
      if (file.size > hindsightFiles.limit) return Promise.resolve(hindsightFiles.refused(file.name, file.size, ''));
      return file.arrayBuffer().then(function (buffer) {
        var bytes = new Uint8Array(buffer);
        if (/\.zip$/i.test(file.name)) return hindsightFiles.unzip(file.name, bytes);
        return [{ name: file.name, size: bytes.length, bytes: bytes, problem: '' }];
      }, function (error) {
        return hindsightFiles.refused(file.name, file.size, 'This file could not be read (' + (error && error.message ? error.message : error) + ').');
      });
    },

    read: function (fileList) {
      var files = Array.prototype.slice.call(fileList || []);
      if (!files.length) return;
      Promise.all(files.map(hindsightFiles.readOne)).then(function (lists) {
        hindsightFiles.queue.push([].concat.apply([], lists));
      });
    },

    carriesFiles: function (event) {
      return !!event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, 'Files') >= 0;
    },

    install: function () {
      var input = document.createElement('input');
      input.type = 'file';
      input.multiple = true;
      input.accept = '.md,.markdown,.txt,.json,.zip';
      input.id = 'file-input';
      input.hidden = true;
      input.setAttribute('aria-hidden', 'true');
      input.tabIndex = -1;
      input.addEventListener('change', function () {
        hindsightFiles.read(input.files);
        input.value = '';  // picking the same file again is a change too
      });
      document.body.appendChild(input);
      hindsightFiles.input = input;

      var hint = document.createElement('div');
      hint.id = 'drop-hint';
      hint.hidden = true;
      hint.textContent = 'Drop Markdown, JSON or a Hindsight backup (.zip) to import it';
      document.body.appendChild(hint);
      // dragenter and dragleave fire for every element crossed: count them to know when the
      // files have left the page.
      var depth = 0;
      window.addEventListener('dragenter', function (event) {
        if (!hindsightFiles.carriesFiles(event)) return;
        depth++;
        hint.hidden = false;
      });
      window.addEventListener('dragleave', function (event) {
        if (!hindsightFiles.carriesFiles(event)) return;
        depth = Math.max(0, depth - 1);
        if (depth === 0) hint.hidden = true;
      });
      // Without preventDefault on dragover the browser opens the dropped file in place of the app.
      window.addEventListener('dragover', function (event) {
        if (!hindsightFiles.carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      });
      window.addEventListener('drop', function (event) {
        if (!hindsightFiles.carriesFiles(event)) return;
        event.preventDefault();
        depth = 0;
        hint.hidden = true;
        hindsightFiles.read(event.dataTransfer.files);
      });

      // Ctrl+O (Cmd+O): the browser's own "Open file" must not appear. A file picker opens only
      // during a user gesture, so it is opened here, in the key press itself, and the key is kept
      // from SDL so the app does not ask for a second one.
      window.addEventListener('keydown', function (event) {
        if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && (event.key === 'o' || event.key === 'O')) {
          event.preventDefault();
          event.stopImmediatePropagation();
          input.click();
        }
      }, true);
    },
  },

  hindsight_files_install__deps: ['$hindsightFiles'],
  hindsight_files_install: function () { hindsightFiles.install(); },

  // From the menu or a button: the click was a moment ago, within the browser's user activation.
  hindsight_files_pick__deps: ['$hindsightFiles'],
  hindsight_files_pick: function () {
    if (!hindsightFiles.input) return 0;
    hindsightFiles.input.click();
    return 1;
  },

  hindsight_files_count__deps: ['$hindsightFiles'],
  hindsight_files_count: function () {
    if (!hindsightFiles.taken) {
      if (!hindsightFiles.queue.length) return 0;
      hindsightFiles.taken = [].concat.apply([], hindsightFiles.queue);  // every batch waiting
      hindsightFiles.queue = [];
    }
    return hindsightFiles.taken.length;
  },

  hindsight_files_name__deps: ['$hindsightFiles', '$stringToNewUTF8'],
  hindsight_files_name: function (index) { return stringToNewUTF8(hindsightFiles.taken[index].name); },

  hindsight_files_size__deps: ['$hindsightFiles'],
  hindsight_files_size: function (index) { return hindsightFiles.taken[index].size; },

  hindsight_files_has_bytes__deps: ['$hindsightFiles'],
  hindsight_files_has_bytes: function (index) { return hindsightFiles.taken[index].bytes ? 1 : 0; },

  hindsight_files_copy__deps: ['$hindsightFiles'],
  hindsight_files_copy: function (index, destination) {
    HEAPU8.set(hindsightFiles.taken[index].bytes, destination);
  },

  hindsight_files_problem__deps: ['$hindsightFiles', '$stringToNewUTF8'],
  hindsight_files_problem: function (index) { return stringToNewUTF8(hindsightFiles.taken[index].problem || ''); },

  hindsight_files_release__deps: ['$hindsightFiles'],
  hindsight_files_release: function () { hindsightFiles.taken = null; },

  hindsight_files_zip_add__deps: ['$hindsightFiles'],
  hindsight_files_zip_add: function (name, nameLength, bytes, length) {
    hindsightFiles.entries[UTF8ToString(name, nameLength)] = HEAPU8.slice(bytes, bytes + length);
  },

  hindsight_files_zip_save__deps: ['$hindsightFiles', '$hindsightSaveBlob'],
  hindsight_files_zip_save: function (name, nameLength) {
    var entries = hindsightFiles.entries;
    hindsightFiles.entries = {};
    try {
      var zipped = window['fflate'].zipSync(entries, { level: 6 });
      return hindsightSaveBlob(new Blob([zipped], { type: 'application/zip' }), UTF8ToString(name, nameLength)) ? 1 : 0;
    } catch (error) {
      console.error('Hindsight could not make the archive:', error);
      return 0;
    }
  },
});
