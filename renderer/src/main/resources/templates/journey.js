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
})();
