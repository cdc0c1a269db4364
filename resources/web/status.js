// Keeps a callback request's status page current without a reload: asks
// the portal for the request's state every second until it has finished.
(function () {
  'use strict';
  var box = document.getElementById('request');
  if (!box) {
    return;
  }
  var url = box.getAttribute('data-status-url');
  var order = ['calling_you', 'calling_destination', 'connected', 'finished'];

  function show(state) {
    var status = document.getElementById('status');
    status.textContent = state.label;
    status.setAttribute('data-status', state.status);
    document.getElementById('detail').textContent = state.detail || '';
    var reached = order.indexOf(state.status);
    var steps = box.querySelectorAll('.steps li');
    for (var i = 0; i < steps.length; i++) {
      var index = order.indexOf(steps[i].getAttribute('data-step'));
      steps[i].className = index < reached ? 'done' : (index === reached ? 'now' : '');
    }
  }

  function poll() {
    fetch(url, {credentials: 'same-origin', cache: 'no-store'})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (state) {
        show(state);
        if (!state.finished) {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () {
        window.setTimeout(poll, 3000);
      });
  }

  poll();
}());
