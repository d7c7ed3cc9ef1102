/* Report charts: draws every <canvas data-chart="name"> from the JSON in #report-charts.
 * The same numbers are in the table beside each chart. Scoring-model activations are drawn as
 * dashed vertical lines by the small "definitionMarkers" plugin below (no extra package). */
(function () {
  "use strict";
  var source = document.getElementById("report-charts");
  if (!source || typeof Chart === "undefined") return;
  var charts = JSON.parse(source.textContent);
  var palette = ["#0d6efd", "#198754", "#6f42c1", "#dc3545", "#fd7e14", "#20c997", "#6c757d"];

  // The period (week or month) each marker falls in: the last label not after its date.
  function markerIndex(labels, day) {
    var index = -1;
    for (var i = 0; i < labels.length; i++) {
      if (labels[i] <= day) index = i;
    }
    return index;
  }

  var definitionMarkers = {
    id: "definitionMarkers",
    afterDatasetsDraw: function (chart, args, options) {
      var markers = options.markers || [];
      if (!markers.length) return;
      var ctx = chart.ctx, area = chart.chartArea, x = chart.scales.x;
      ctx.save();
      ctx.setLineDash([5, 4]);
      ctx.strokeStyle = "#6c757d";
      ctx.fillStyle = "#343a40";
      ctx.font = "11px system-ui, sans-serif";
      markers.forEach(function (marker, n) {
        var index = markerIndex(chart.data.labels, marker.at);
        if (index < 0) return;
        var px = x.getPixelForValue(index);
        ctx.beginPath();
        ctx.moveTo(px, area.top);
        ctx.lineTo(px, area.bottom);
        ctx.stroke();
        var width = ctx.measureText(marker.label).width;
        var tx = px + 3 + width > area.right ? px - 3 - width : px + 3;
        ctx.fillText(marker.label, tx, area.top + 12 + (n % 3) * 12);
      });
      ctx.restore();
    },
  };

  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var spec = charts[canvas.dataset.chart];
    if (!spec) return;
    var names = Object.keys(spec.series);
    new Chart(canvas, {
      type: spec.type,
      data: {
        labels: spec.labels,
        datasets: names.map(function (name, i) {
          return {
            label: name,
            data: spec.series[name],
            borderColor: palette[i % palette.length],
            backgroundColor: palette[i % palette.length] + (spec.type === "line" ? "" : "cc"),
            tension: 0.2,
          };
        }),
      },
      options: {
        responsive: true,
        // Chart.js's default 2:1 leaves a phone's 320 px wide card a 160 px chart, which the
        // legend and the slanted labels fill: a narrow chart is square.
        aspectRatio: canvas.parentElement.clientWidth < 500 ? 1 : 2,
        interaction: { mode: "index", intersect: false },
        scales: { y: { beginAtZero: true } },
        plugins: { definitionMarkers: { markers: spec.markers || [] } },
      },
      plugins: [definitionMarkers],
    });
  });
})();
