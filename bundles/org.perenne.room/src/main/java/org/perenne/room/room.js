// The workshop room's page: keeps the participant's number on the phone (so a reload is still the same person)
// and checks the values before sending them; the server checks them again. SPDX-License-Identifier: EPL-2.0
(function () {
  "use strict";
  var form = document.getElementById("room");
  if (!form) {
    return;
  }
  var key = "perenne-room:" + location.pathname;
  var participant = form.elements.participant;
  try {
    var known = localStorage.getItem(key);
    if (known && /^[A-Za-z0-9_-]{8,64}$/.test(known)) {
      participant.value = known;
    } else {
      localStorage.setItem(key, participant.value);
    }
  } catch (e) {
    // private browsing without storage: the number of this page serves
  }
  function number(text) {
    var plain = text.replace(/[\s\u00a0\u202f]/g, "");
    return /^[-+]?[0-9]{1,16}([.,][0-9]{1,12})?$/.test(plain) ? Number(plain.replace(",", ".")) : NaN;
  }
  form.addEventListener("submit", function (event) {
    var wrong = 0;
    var given = 0;
    Array.prototype.forEach.call(form.querySelectorAll("fieldset"), function (set) {
      var inputs = set.querySelectorAll("input");
      var problem = "";
      var blank = 0;
      var values = [];
      Array.prototype.forEach.call(inputs, function (input) {
        input.removeAttribute("aria-invalid");
        if (input.value.trim() === "") {
          blank++;
        } else {
          var value = number(input.value);
          if (isNaN(value)) {
            problem = problem || form.dataset.number;
            input.setAttribute("aria-invalid", "true");
          }
          values.push(value);
        }
      });
      if (blank === 3) {
        set.querySelector(".problem").textContent = "";
        return;
      }
      given++;
      if (!problem && blank > 0) {
        problem = form.dataset.incomplete;
      }
      if (!problem && !(values[0] <= values[1] && values[1] <= values[2])) {
        problem = form.dataset.order;
      }
      var lowest = Number(set.dataset.lowest);
      var highest = Number(set.dataset.highest);
      if (!problem && values.some(function (v) { return v < lowest || v > highest; })) {
        problem = set.dataset.bounds;
      }
      set.querySelector(".problem").textContent = problem;
      if (problem) {
        wrong++;
      }
    });
    if (wrong > 0 || given === 0) {
      event.preventDefault();
      var reply = document.getElementById("reply") || form.parentNode.insertBefore(document.createElement("p"), form);
      reply.id = "reply";
      reply.className = "refused";
      reply.setAttribute("role", "status");
      reply.textContent = given === 0 ? form.dataset.empty : form.dataset.problems;
    }
  });
})();
