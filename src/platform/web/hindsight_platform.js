// The browser side of platform_web.cpp, linked with --js-library: every call Hindsight makes into
// the page. Each function is called from C++ with (pointer, length) strings; none of them reads
// the DOM per frame. The page (shell/loader.js) passes its hooks as Module callbacks.
mergeInto(LibraryManager.library, {
  hindsight_js_signal_app_ready: function () {
    if (Module['onAppReady']) Module['onAppReady']();
  },

  // Why: Chromium answers getParameter(SCISSOR_BOX) and the blend state with a synchronous round
  // trip to the GPU process, which first draws everything queued. With software WebGL that is
  // 40-50 ms of every frame spent waiting on the main thread (measured in headless Chromium).
  // Dear ImGui's OpenGL3 backend reads this state each frame only to restore it after drawing,
  // and it sets all of it itself before it draws, so a mirror of what this page last set answers
  // instead. Only these queries are mirrored; every call still reaches WebGL unchanged.
  hindsight_js_mirror_gl_state__deps: ['$GL'],
  hindsight_js_mirror_gl_state: function () {
    var gl = GL.currentContext && GL.currentContext.GLctx;
    if (!gl) return;
    var mirrored = {};
    mirrored[gl.SCISSOR_BOX] = new Int32Array([0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight]);
    mirrored[gl.BLEND_SRC_RGB] = gl.ONE;
    mirrored[gl.BLEND_SRC_ALPHA] = gl.ONE;
    mirrored[gl.BLEND_DST_RGB] = gl.ZERO;
    mirrored[gl.BLEND_DST_ALPHA] = gl.ZERO;
    mirrored[gl.BLEND_EQUATION_RGB] = gl.FUNC_ADD;
    mirrored[gl.BLEND_EQUATION_ALPHA] = gl.FUNC_ADD;
    var wrap = function (name, remember) {
      var original = gl[name];
      gl[name] = function () {
        remember.apply(null, arguments);
        return original.apply(gl, arguments);
      };
    };
    wrap('scissor', function (x, y, width, height) {
      mirrored[gl.SCISSOR_BOX] = new Int32Array([x, y, width, height]);
    });
    wrap('blendFunc', function (source, destination) {
      mirrored[gl.BLEND_SRC_RGB] = mirrored[gl.BLEND_SRC_ALPHA] = source;
      mirrored[gl.BLEND_DST_RGB] = mirrored[gl.BLEND_DST_ALPHA] = destination;
    });
    wrap('blendFuncSeparate', function (sourceRgb, destinationRgb, sourceAlpha, destinationAlpha) {
      mirrored[gl.BLEND_SRC_RGB] = sourceRgb;
      mirrored[gl.BLEND_DST_RGB] = destinationRgb;
      mirrored[gl.BLEND_SRC_ALPHA] = sourceAlpha;
      mirrored[gl.BLEND_DST_ALPHA] = destinationAlpha;
    });
    wrap('blendEquation', function (mode) {
      mirrored[gl.BLEND_EQUATION_RGB] = mirrored[gl.BLEND_EQUATION_ALPHA] = mode;
    });
    wrap('blendEquationSeparate', function (modeRgb, modeAlpha) {
      mirrored[gl.BLEND_EQUATION_RGB] = modeRgb;
      mirrored[gl.BLEND_EQUATION_ALPHA] = modeAlpha;
    });
    var getParameter = gl.getParameter;
    gl.getParameter = function (name) {
      var value = mirrored[name];
      if (value === undefined) return getParameter.call(gl, name);
      // A copy of an array, as WebGL returns a new one each time.
      return value instanceof Int32Array ? new Int32Array(value) : value;
    };
  },

  hindsight_js_report_startup_failure: function (reason, reasonLength, detail, detailLength) {
    if (Module['onStartupFailure']) {
      Module['onStartupFailure'](UTF8ToString(reason, reasonLength), UTF8ToString(detail, detailLength));
    }
  },

  hindsight_js_announce_status: function (text, length) {
    if (Module['onStatus']) Module['onStatus'](UTF8ToString(text, length));
  },

  // A download the user keeps: a Blob behind a temporary object URL and a clicked <a download>.
  // Why the URL is revoked later and not at once: revoking it in the same task cancels the
  // download in some browsers before it has started.
  $hindsightSaveBlob: function (blob, fileName) {
    try {
      var url = URL.createObjectURL(blob);
      var link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.rel = 'noopener';
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 30000);
      return true;
    } catch (error) {
      console.error('Hindsight could not start a download:', error);
      return false;
    }
  },

  hindsight_js_download__deps: ['$hindsightSaveBlob'],
  hindsight_js_download: function (name, nameLength, mime, mimeLength, bytes, byteLength) {
    var blob = new Blob([HEAPU8.slice(bytes, bytes + byteLength)], { type: UTF8ToString(mime, mimeLength) });
    return hindsightSaveBlob(blob, UTF8ToString(name, nameLength)) ? 1 : 0;
  },

  // SDL2's Emscripten video driver has no clipboard, so Hindsight bridges it itself.
  // Writing: navigator.clipboard.writeText, allowed right after the key press or click that asked
  // for it. Reading: the browser hands clipboard text only to a `paste` event. SDL cancels every
  // key press with Ctrl held, which would cancel the paste too, so Ctrl+V is kept from SDL here;
  // the paste event then keeps its text for the app's clipboard and tells the app to paste it
  // (Dear ImGui ignores typed characters while Ctrl is down, so it must be a paste, not typing).
  hindsight_js_install_clipboard: function () {
    Module.hindsightClipboard = '';
    window.addEventListener('keydown', function (event) {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 'v' || event.key === 'V')) {
        event.stopImmediatePropagation();
      }
      // Ctrl+S (Cmd+S) downloads the post-mortem's Markdown: the browser's own "Save page as"
      // must not open.
      if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 's' || event.key === 'S')) {
        event.preventDefault();
      }
    }, true);
    document.addEventListener('paste', function (event) {
      var text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
      event.preventDefault();
      text = text.replace(/\r\n?/g, '\n');
      Module.hindsightClipboard = text;
      if (text) Module['ccall']('hindsight_paste', null, [], []);
    });
  },

  // Why a hidden textarea: a canvas receives key presses but never composed text. Dead keys,
  // input methods and dictation deliver text only to an editable element, as composition and
  // input events. While a text field of the app has focus, this textarea holds the browser's
  // focus; plain keys still reach SDL (its key handlers listen on window, and it cancels the
  // keypress so nothing is typed twice), and only text that comes without a keypress is handed
  // to the app here. Pasted text comes through the paste event above.
  hindsight_js_install_text_input: function () {
    var field = document.createElement('textarea');
    field.id = 'text-input';
    field.setAttribute('aria-hidden', 'true');
    field.setAttribute('autocomplete', 'off');
    field.setAttribute('autocapitalize', 'off');
    field.setAttribute('spellcheck', 'false');
    field.tabIndex = -1;
    document.body.appendChild(field);
    Module.hindsightTextInput = field;
    var deliver = function (text) {
      if (text) Module['ccall']('hindsight_text_input', null, ['string'], [text]);
      field.value = '';
    };
    field.addEventListener('compositionend', function (event) { deliver(event.data); });
    field.addEventListener('input', function (event) {
      if (event.isComposing) return;
      if (event.inputType === 'insertText' || event.inputType === 'insertReplacementText') {
        deliver(event.data);
      } else if (event.inputType !== 'insertCompositionText') {
        field.value = '';
      }
    });
  },

  hindsight_js_set_text_input: function (active, x, y, lineHeight) {
    var field = Module.hindsightTextInput;
    if (!field) return;
    if (active) {
      field.style.left = x + 'px';
      field.style.top = y + 'px';
      field.style.height = lineHeight + 'px';
      if (document.activeElement !== field) field.focus({ preventScroll: true });
    } else if (document.activeElement === field) {
      field.blur();
      Module['canvas'].focus({ preventScroll: true });
    }
  },

  hindsight_js_set_clipboard: function (text, length) {
    var value = UTF8ToString(text, length);
    Module.hindsightClipboard = value;
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(value).catch(function (error) {
        console.warn('Hindsight could not write to the clipboard:', error);
      });
    }
  },

  hindsight_js_clipboard_text__deps: ['$stringToNewUTF8'],
  hindsight_js_clipboard_text: function () {
    return stringToNewUTF8(Module.hindsightClipboard || '');
  },

  // noopener: the opened page gets no handle back to Hindsight's window.
  hindsight_js_open_link: function (url, length) {
    window.open(UTF8ToString(url, length), '_blank', 'noopener,noreferrer');
  },

  hindsight_js_utc_offset_minutes: function () {
    return -new Date().getTimezoneOffset();
  },
});
