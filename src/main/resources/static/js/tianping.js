// Charts: every element with data-chart gets an ECharts chart from its data-series JSON.
document.addEventListener('DOMContentLoaded', function () {
    if (typeof echarts === 'undefined') {
        return;
    }
    document.querySelectorAll('[data-chart]').forEach(function (el) {
        var data = JSON.parse(el.getAttribute('data-series') || '[]');
        var chart = echarts.init(el);
        if (el.getAttribute('data-chart') === 'bar') {
            chart.setOption({
                animation: false,
                tooltip: {}, grid: {left: 40, right: 10, top: 10, bottom: 40},
                xAxis: {type: 'category', axisLabel: {interval: 0}, data: data.map(function (d) { return d.name; })},
                yAxis: {type: 'value'},
                series: [{type: 'bar', data: data.map(function (d) { return d.value; }), itemStyle: {color: '#b71c1c'}}]
            });
        } else {
            chart.setOption({
                animation: false,
                tooltip: {trigger: 'item'},
                series: [{type: 'pie', radius: ['35%', '70%'], data: data}]
            });
        }
        window.addEventListener('resize', function () { chart.resize(); });
    });
});
// htmx requests carry the CSRF token.
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header && token.content) {
        event.detail.headers[header.content] = token.content;
    }
});
