// Hover details and the persona switch. Text goes in with textContent only, never as markup,
// so nothing from a journey can run here.
(function () {
  "use strict";
  var details = document.getElementById("details");
  var selector = ".emotion-point, .touchpoint, .pain-point, .opportunity, .metric, .graph-stage, .transition, .stage-header";

  function titleOf(element) {
    if (element.classList.contains("stage-header")) {
      element = element.parentNode;
    }
    for (var child = element.firstElementChild; child; child = child.nextElementSibling) {
      if (child.localName === "title") {
        return child.textContent;
      }
    }
    return "";
  }

  function place(event) {
    var x = event.clientX + 14;
    var y = event.clientY + 14;
    var box = details.getBoundingClientRect();
    if (x + box.width > window.innerWidth - 8) { x = Math.max(8, event.clientX - box.width - 14); }
    if (y + box.height > window.innerHeight - 8) { y = Math.max(8, event.clientY - box.height - 14); }
    details.style.left = x + "px";
    details.style.top = y + "px";
  }

  document.addEventListener("mouseover", function (event) {
    var target = event.target.closest ? event.target.closest(selector) : null;
    var text = target ? titleOf(target) : "";
    if (!text) {
      details.hidden = true;
      return;
    }
    details.textContent = text;
    details.hidden = false;
    place(event);
  });
  document.addEventListener("mousemove", function (event) {
    if (!details.hidden) { place(event); }
  });
  document.addEventListener("mouseleave", function () { details.hidden = true; });

  // Keyboard: every item with details is in the tab order; focus shows its details beside it, Enter
  // shows them again after Escape hid them.
  function showFor(item) {
    var text = titleOf(item);
    if (!text) { return; }
    details.textContent = text;
    details.hidden = false;
    var r = item.getBoundingClientRect();
    place({ clientX: Math.min(r.right, window.innerWidth - 20), clientY: Math.min(r.bottom, window.innerHeight - 20) });
  }
  document.querySelectorAll(".picture svg").forEach(function (svg) {
    svg.querySelectorAll(selector).forEach(function (item) {
      if (!titleOf(item)) { return; }
      item.setAttribute("tabindex", "0");
      item.addEventListener("focus", function () { showFor(item); });
      item.addEventListener("blur", function () { details.hidden = true; });
      item.addEventListener("keydown", function (event) {
        if (event.key === "Escape") { details.hidden = true; event.stopPropagation(); }
        else if (event.key === "Enter" || event.key === " ") { showFor(item); event.preventDefault(); }
      });
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { details.hidden = true; }
  });

  var buttons = document.querySelectorAll(".persona-button");
  buttons.forEach(function (button) {
    button.addEventListener("click", function () {
      var persona = button.getAttribute("data-persona");
      buttons.forEach(function (b) { b.classList.toggle("active", b === button); });
      document.body.classList.toggle("persona-selected", persona !== "");
      document.querySelectorAll("svg .emotion-curve").forEach(function (curve) {
        curve.classList.toggle("active", curve.getAttribute("data-persona") === persona);
      });
    });
  });

  document.querySelectorAll(".ranking-item").forEach(function (link) {
    link.addEventListener("click", function () {
      document.querySelectorAll("svg .stage.highlight").forEach(function (s) { s.classList.remove("highlight"); });
      var stage = document.getElementById("stage-" + link.getAttribute("data-stage"));
      if (stage) { stage.classList.add("highlight"); }
    });
  });

  // "Download PNG": the browser draws the page's own map into a canvas at data-scale times its size
  // (2, the size `slippers render` gives a PNG) on white, and saves it as data-file (<id>.png). So
  // `build` does not encode a PNG per journey that few people open. The SVG's size is read here,
  // before pan and zoom below change its width, height and viewBox.
  var pngButton = document.querySelector(".download-png");
  var mapSvg = document.querySelector("#map svg");
  if (pngButton && mapSvg) {
    var original = {
      width: parseFloat(mapSvg.getAttribute("width")),
      height: parseFloat(mapSvg.getAttribute("height")),
      viewBox: mapSvg.getAttribute("viewBox"),
      aspect: mapSvg.getAttribute("preserveAspectRatio")
    };
    var status = pngButton.parentNode.querySelector(".download-status");
    // Canvas limits differ between browsers; these are within all current ones (and the PNG limit of `render`).
    var MAX_SIDE = 32767;
    var MAX_PIXELS = 64000000;

    var say = function (text) { if (status) { status.textContent = text; } };

    // Calls done(blob, scale), or done(null) when the browser cannot draw it.
    var drawMap = function (done) {
      var clone = mapSvg.cloneNode(true);
      clone.setAttribute("width", original.width);
      clone.setAttribute("height", original.height);
      if (original.viewBox) { clone.setAttribute("viewBox", original.viewBox); } else { clone.removeAttribute("viewBox"); }
      if (original.aspect) { clone.setAttribute("preserveAspectRatio", original.aspect); } else { clone.removeAttribute("preserveAspectRatio"); }
      var scale = parseFloat(pngButton.getAttribute("data-scale")) || 2;
      scale = Math.min(scale, MAX_SIDE / original.width, MAX_SIDE / original.height,
          Math.sqrt(MAX_PIXELS / (original.width * original.height)));
      var wide = Math.max(1, Math.round(original.width * scale));
      var high = Math.max(1, Math.round(original.height * scale));
      var text = new XMLSerializer().serializeToString(clone);
      var url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml;charset=utf-8" }));
      var image = new Image();
      image.onload = function () {
        var canvas = document.createElement("canvas");
        canvas.width = wide;
        canvas.height = high;
        var g = canvas.getContext("2d");
        g.fillStyle = "#fff";
        g.fillRect(0, 0, wide, high);
        g.drawImage(image, 0, 0, wide, high);
        URL.revokeObjectURL(url);
        canvas.toBlob(function (blob) { done(blob, scale); }, "image/png");
      };
      image.onerror = function () { URL.revokeObjectURL(url); done(null); };
      image.src = url;
    };

    pngButton.addEventListener("click", function () {
      pngButton.disabled = true;
      say("");
      drawMap(function (blob, scale) {
        pngButton.disabled = false;
        if (!blob) {
          say(pngButton.getAttribute("data-failed"));
          return;
        }
        var wanted = parseFloat(pngButton.getAttribute("data-scale")) || 2;
        if (scale < wanted) {
          say(pngButton.getAttribute("data-smaller").replace("%s", String(Math.round(scale * 100) / 100)));
        }
        var link = document.createElement("a");
        var href = URL.createObjectURL(blob);
        link.href = href;
        link.download = pngButton.getAttribute("data-file");
        document.body.appendChild(link);
        link.click();
        link.remove();
        // Revoked later, not at once: the download reads the blob after click() returns.
        setTimeout(function () { URL.revokeObjectURL(href); }, 60000);
      });
    });
  }

  // Pan and zoom for the pictures, written here rather than taken from a library because it is a
  // few lines over the SVG's own viewBox (sharp at every scale, no dependency to inline). The
  // view starts fitted to the width; a map far wider than the screen starts where its overview
  // and first stages can be read, and "Fit width" shows it whole. Drag to pan, Ctrl+wheel or the
  // buttons to zoom, arrows and +/-/0 on the focused picture.
  function zoomable(box) {
    var svg = box.querySelector("svg");
    if (!svg || !svg.viewBox || !svg.viewBox.baseVal) { return; }
    var full = { width: svg.viewBox.baseVal.width, height: svg.viewBox.baseVal.height };
    var view = { x: 0, y: 0, scale: 1 };
    var fitted = false;

    function size() {
      return { width: Math.max(100, box.clientWidth), height: Math.max(160, Math.min(full.height * view.scale, window.innerHeight * 0.8)) };
    }
    function clamp() {
      var s = size();
      view.x = Math.max(0, Math.min(view.x, full.width - s.width / view.scale));
      view.y = Math.max(0, Math.min(view.y, full.height - s.height / view.scale));
    }
    function apply() {
      var s = size();
      clamp();
      box.style.height = s.height + "px";
      svg.setAttribute("width", s.width);
      svg.setAttribute("height", s.height);
      svg.setAttribute("preserveAspectRatio", "xMinYMin meet");
      svg.setAttribute("viewBox", view.x + " " + view.y + " " + s.width / view.scale + " " + s.height / view.scale);
      box.setAttribute("data-scale", view.scale.toFixed(3));
    }
    function fitWidth() {
      view.scale = Math.min(1, box.clientWidth / full.width);
      view.x = 0; view.y = 0;
      fitted = true;
      apply();
    }
    function start() {
      var overview = svg.querySelector(".map-overview");
      var readable = 0;
      if (overview && overview.getBBox) {
        var b = overview.getBBox();
        readable = Math.min(1, box.clientWidth / (b.x + b.width + 24));
      }
      view.scale = Math.max(Math.min(1, box.clientWidth / full.width), readable);
      view.x = 0; view.y = 0;
      apply();
    }
    function zoom(factor, px, py) {
      var s = size();
      if (px === undefined) { px = s.width / 2; py = s.height / 2; }
      var wx = view.x + px / view.scale;
      var wy = view.y + py / view.scale;
      var least = Math.min(1, box.clientWidth / full.width);
      view.scale = Math.max(least, Math.min(4, view.scale * factor));
      fitted = false;
      view.x = wx - px / view.scale;
      view.y = wy - py / view.scale;
      apply();
    }

    var bar = box.previousElementSibling;
    if (bar && bar.classList.contains("zoom-bar")) {
      bar.addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest("button[data-zoom]") : null;
        if (!button) { return; }
        var what = button.getAttribute("data-zoom");
        if (what === "fit") { fitWidth(); }
        if (what === "in") { zoom(1.25); }
        if (what === "out") { zoom(0.8); }
        if (what === "actual") { var s = size(); zoom(1 / view.scale, s.width / 2, s.height / 2); }
      });
    }
    box.addEventListener("wheel", function (event) {
      var r = box.getBoundingClientRect();
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        zoom(event.deltaY < 0 ? 1.15 : 1 / 1.15, event.clientX - r.left, event.clientY - r.top);
      } else if (Math.abs(event.deltaX) > Math.abs(event.deltaY) || event.shiftKey) {
        event.preventDefault();
        view.x += (event.shiftKey ? event.deltaY : event.deltaX) / view.scale;
        apply();
      }
    }, { passive: false });
    var drag = null;
    box.addEventListener("pointerdown", function (event) {
      if (event.button !== 0) { return; }
      drag = { x: event.clientX, y: event.clientY, vx: view.x, vy: view.y };
      box.classList.add("dragging");
    });
    window.addEventListener("pointermove", function (event) {
      if (!drag) { return; }
      view.x = drag.vx - (event.clientX - drag.x) / view.scale;
      view.y = drag.vy - (event.clientY - drag.y) / view.scale;
      apply();
    });
    window.addEventListener("pointerup", function () { drag = null; box.classList.remove("dragging"); });
    box.addEventListener("keydown", function (event) {
      var step = 80 / view.scale;
      var keys = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
      if (keys[event.key]) {
        view.x += keys[event.key][0]; view.y += keys[event.key][1]; apply(); event.preventDefault();
      } else if (event.key === "+" || event.key === "=") { zoom(1.25); event.preventDefault(); }
      else if (event.key === "-") { zoom(0.8); event.preventDefault(); }
      else if (event.key === "0") { fitWidth(); event.preventDefault(); }
    });
    window.addEventListener("resize", function () { if (fitted) { fitWidth(); } else { apply(); } });
    window.addEventListener("beforeprint", function () {
      svg.setAttribute("viewBox", "0 0 " + full.width + " " + full.height);
      svg.setAttribute("width", "100%");
      svg.removeAttribute("height");
      box.style.height = "auto";
    });
    window.addEventListener("afterprint", apply);
    start();
  }
  document.querySelectorAll(".picture.zoomable").forEach(zoomable);
})();
