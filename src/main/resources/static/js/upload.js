// Progressive enhancement of the upload form on the images page: drag and drop, and one
// progress bar per file. Each file is sent on its own with XMLHttpRequest to the form's own
// endpoint, asking for JSON; without JavaScript the plain form posts all files at once.
(function () {
  'use strict';
  var form = document.getElementById('upload');
  if (!form || !window.FormData || !window.XMLHttpRequest) {
    return;
  }
  var input = document.getElementById('files');
  var zone = document.getElementById('drop-zone');
  var list = document.getElementById('progress');
  var csrf = form.querySelector('input[name="_csrf"]');
  var hint = zone.querySelector('.drop-hint');
  var replace = document.getElementById('replace');
  if (hint) {
    hint.hidden = false;
  }

  function rawUrl(key) {
    var base = form.getAttribute('action').split('?')[0];
    return base + '/raw?key=' + encodeURIComponent(key);
  }

  function prefix() {
    var match = /[?&]prefix=([^&]*)/.exec(form.getAttribute('action'));
    return match ? decodeURIComponent(match[1]) : '';
  }

  // Keeps the order the server lists (by key), so the gallery looks the same after a reload;
  // an image stored again replaces its thumbnail instead of adding a second one.
  function showThumbnail(key) {
    var gallery = document.getElementById('gallery');
    if (!gallery) {
      gallery = document.createElement('ul');
      gallery.id = 'gallery';
      gallery.className = 'gallery';
      var none = document.getElementById('no-images');
      if (none) {
        none.replaceWith(gallery);
      } else {
        list.parentNode.parentNode.appendChild(gallery);
      }
    }
    var item = document.createElement('li');
    item.setAttribute('data-key', key);
    var img = document.createElement('img');
    img.alt = '';
    img.width = 160;
    img.height = 120;
    img.src = rawUrl(key) + '&t=' + Date.now();
    var label = document.createElement('span');
    label.className = 'image-name';
    label.title = key;
    label.textContent = key.substring(prefix().length);
    var remove = document.createElement('a');
    remove.className = 'danger-link';
    remove.href = form.getAttribute('action').split('?')[0] + '/delete?key=' + encodeURIComponent(key);
    remove.textContent = 'Delete\u2026';
    remove.setAttribute('aria-label', 'Delete ' + label.textContent);
    item.appendChild(img);
    item.appendChild(label);
    item.appendChild(remove);
    var after = null;
    Array.prototype.some.call(gallery.children, function (other) {
      var otherKey = other.getAttribute('data-key');
      if (otherKey >= key) {
        after = other;
        return true;
      }
      return false;
    });
    if (after && after.getAttribute('data-key') === key) {
      after.replaceWith(item);
    } else {
      gallery.insertBefore(item, after);
    }
    var next = document.getElementById('next-step');
    if (next) {
      next.hidden = false;
    }
  }

  function uploadOne(file) {
    var row = document.createElement('li');
    row.className = 'upload';
    var name = document.createElement('span');
    name.textContent = file.name + ' ';
    var bar = document.createElement('progress');
    bar.max = 100;
    bar.value = 0;
    var outcome = document.createElement('span');
    outcome.className = 'outcome';
    row.appendChild(name);
    row.appendChild(bar);
    row.appendChild(outcome);
    list.appendChild(row);

    var data = new FormData();
    data.append('files', file, file.name);
    if (replace && replace.checked) {
      data.append('replace', 'true');
    }
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.getAttribute('action'));
    xhr.setRequestHeader('Accept', 'application/json');
    if (csrf) {
      xhr.setRequestHeader('X-CSRF-TOKEN', csrf.value);
    }
    xhr.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) {
        bar.value = Math.round(event.loaded * 100 / event.total);
      }
    });
    xhr.addEventListener('load', function () {
      bar.value = 100;
      var body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch (ignored) {
        body = null;
      }
      var results = body ? body.results : null;
      if (!results) {
        row.setAttribute('data-status', 'refused');
        row.classList.add('error');
        bar.classList.add('refused');
        outcome.textContent = ' Refused: ' + (body && body.detail ? body.detail
          : (xhr.status === 413 ? 'the upload is too large' : 'HTTP ' + xhr.status));
        return;
      }
      results.forEach(function (result) {
        row.setAttribute('data-status', result.status);
        if (result.status === 'stored') {
          row.classList.add('notice');
          outcome.textContent = ' Stored as ' + result.key + ' (' + result.reason + ')';
          showThumbnail(result.key);
        } else {
          row.classList.add('error');
          bar.classList.add('refused');
          outcome.textContent = ' Refused: ' + result.reason;
        }
      });
    });
    xhr.addEventListener('error', function () {
      row.setAttribute('data-status', 'refused');
      row.classList.add('error');
      outcome.textContent = ' Refused: the connection failed';
    });
    xhr.send(data);
  }

  function uploadAll(files) {
    Array.prototype.forEach.call(files, uploadOne);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    uploadAll(input.files);
    input.value = '';
  });
  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      event.preventDefault();
      zone.classList.add('dragging');
    });
  });
  zone.addEventListener('dragleave', function () {
    zone.classList.remove('dragging');
  });
  zone.addEventListener('drop', function (event) {
    event.preventDefault();
    zone.classList.remove('dragging');
    if (event.dataTransfer && event.dataTransfer.files.length) {
      uploadAll(event.dataTransfer.files);
    }
  });
}());
